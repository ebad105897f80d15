package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence stops for a dictation typed or pasted without punctuation: "gait training ... mod
 * assist twenty five minutes then neuro re ed ... fifteen minutes" reads as two sentences, so
 * rules that look within a sentence do not reach across the whole note. A stop is inserted
 * before each word of {@code run-on-sentence-starts.txt}, and a comma after a time that goes on
 * to something else ("sixteen minutes and walked ..."); both are zero-width in the transcript, so
 * evidence offsets do not move. Text with ordinary punctuation is left as it is. Immutable.
 */
final class RunOnSentences {
    /** At most one sentence stop per this many words makes a text run-on. */
    private static final int WORDS_PER_STOP = 30;
    private static final int MIN_WORDS = 40;

    private final PhraseSet starts = PhraseSet.ofLines("/org/rehabscribe/extract/run-on-sentence-starts.txt");

    NormalizedText punctuate(NormalizedText nt) {
        List<Token> tok = nt.tokens();
        long words = tok.stream().filter(t -> !t.isPunct()).count();
        long stops = tok.stream().filter(t -> Regex.matches(t.text(), "[.;!?]|\\*nl\\*")).count();
        if (words < MIN_WORDS || stops * WORDS_PER_STOP >= words) {
            return nt;
        }
        List<Token> out = new ArrayList<>(tok.size() + 16);
        int inside = 0; // tokens before this one belong to a start already seen ("and then")
        for (int i = 0; i < tok.size(); i++) {
            PhraseSet.Hit h = i < inside ? null : starts.at(tok, i);
            if (h != null) {
                inside = h.to();
            }
            boolean laterVisit = h != null && h.phrase().equals("next") && h.to() < tok.size()
                    && Regex.matches(tok.get(h.to()).text(), "visits?|sessions?|weeks?|wk|time|tx|appt|appointment|treatment|day|monday|tuesday|wednesday|thursday|friday");
            if (h != null && i > 0 && !laterVisit && !tok.get(i - 1).isPunct()) {
                int at = tok.get(i).origStart();
                out.add(new Token(".", null, at, at, 0, 0));
            }
            out.add(tok.get(i));
            // "... two sets of ten sixteen minutes and walked back to her room": a time closes what it timed
            if (i > 0 && i + 1 < tok.size() && tok.get(i - 1).isNumber() && Regex.matches(tok.get(i).text(), "minutes|mins|min")
                    && !tok.get(i + 1).isPunct() && starts.at(tok, i + 1) == null
                    && !Regex.matches(tok.get(i + 1).text(), "of|on|for|with|each|total|in|doing|at|per|a|an|or|to|walking|working|spent|was|were|is|ago|before|after|later|into|until|long|left|remaining|altogether|apiece|so|straight|max|maximum|tops")) {
                int at = tok.get(i).origEnd();
                out.add(new Token(",", null, at, at, 0, 0));
            }
        }
        return out.size() == tok.size() ? nt : NormalizedText.of(nt.original(), out);
    }
}
