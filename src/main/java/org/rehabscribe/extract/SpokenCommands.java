package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rehabscribe.vocab.Tsv;

/**
 * What a therapist says to the dictation itself rather than about the session: punctuation
 * said aloud to a dictation app ("comma", "period", "new line") and CPT codes said aloud
 * ("ninety-seven one ten", "the one-forty"). Token passes of {@link Normalizer}. Stateless.
 */
final class SpokenCommands {
    private SpokenCommands() {}

    private static final Map<String, String> SPOKEN_CODES = spokenCodeNames();
    /** The word a treatment code said aloud becomes ("cpt97110"). */
    static final String SPOKEN_CODE_PREFIX = "cpt";
    /** After "ninety seven, one hundred ten" these make it two measurements, not a code. */
    private static final String UNIT_AFTER_CODE = "feet|ft|foot|meters?|m|lbs?|pounds?|#|degrees?|deg|%|percent|seconds?|secs?|s|"
            + "minutes?|mins?|min|reps?|times|x|/|out|steps|yards|inches|cm|kg|mph";

    /** The treatment codes said aloud that read as one word of their own ("cpt" and the code). */
    static List<String> treatmentCodes() {
        return SPOKEN_CODES.entrySet().stream().filter(e -> e.getValue().equals("-")).map(Map.Entry::getKey).sorted().toList();
    }

    /** The codes of {@code spoken-codes.tsv}; a "-" reading marks a treatment code, read as a word of its own. */
    private static Map<String, String> spokenCodeNames() {
        Map<String, String> m = new HashMap<>();
        for (String[] f : Tsv.read("/org/rehabscribe/extract/spoken-codes.tsv", 2)) {
            m.put(f[0].trim(), f[1].trim());
        }
        return Map.copyOf(m);
    }

    /**
     * A CPT code said aloud ("ninety-seven one ten" is 97 then 110; "nine seven one one two" and
     * "97530" one number): an evaluation code reads as the words it names, a treatment code as one
     * word ("cpt97110") that names its code weakly ({@code spoken-codes.tsv}).
     */
    static List<Token> codes(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            String code = null;
            int width = 1;
            if (t.isNumber() && t.number() == 97 && i + 1 < in.size() && in.get(i + 1).isNumber()
                    && in.get(i + 1).number() >= 0 && in.get(i + 1).number() < 1000 && in.get(i + 1).number() == Math.rint(in.get(i + 1).number())
                    && !(i + 2 < in.size() && Regex.matches(in.get(i + 2).text(), UNIT_AFTER_CODE))) {
                code = String.format(Locale.ROOT, "97%03d", in.get(i + 1).number().intValue());
                width = 2;
            } else if (t.isNumber() && t.number() == Math.rint(t.number()) && t.number() >= 90000 && t.number() < 100000) {
                code = Integer.toString(t.number().intValue());
            } else if (!out.isEmpty() && out.get(out.size() - 1).text().equals("the")) {
                // "then the five thirty-five, ...", "for the one-forty I did": the code without its 97
                int suffix = -1;
                if (Normalizer.wholeNumber(t, 100, 999)) {
                    suffix = t.number().intValue();
                    width = 1;
                } else if (Normalizer.wholeNumber(t, 1, 9) && i + 1 < in.size() && Normalizer.wholeNumber(in.get(i + 1), 10, 99)) {
                    suffix = t.number().intValue() * 100 + in.get(i + 1).number().intValue();
                    width = 2;
                }
                String next = i + width < in.size() ? in.get(i + width).text() : "";
                if (suffix > 0 && Regex.matches(next, ",|:|for|\\.|-|i|we")) {
                    code = "97" + suffix;
                }
            }
            String words = code == null ? null : SPOKEN_CODES.get(code);
            if (words == null) {
                out.add(t);
                continue;
            }
            int s = t.origStart();
            int e = in.get(i + width - 1).origEnd();
            if (words.equals("-")) {
                // a treatment code: a word of its own, a weak name of its code (TermMatcher), so that what was done,
                // said beside it, decides ("I'll lump this under ninety-seven one ten, single leg stance on foam")
                out.add(new Token(SPOKEN_CODE_PREFIX + code, null, s, e, 0, 0));
            } else {
                for (String w : words.split(" ")) {
                    out.add(new Token(w, null, s, e, 0, 0));
                }
            }
            i += width - 1;
        }
        return out;
    }

    private static final Map<String, String> SPOKEN_MARKS = Map.ofEntries(
            Map.entry("comma", ","), Map.entry("period", "."), Map.entry("full stop", "."),
            Map.entry("new line", "."), Map.entry("next line", "."), Map.entry("new paragraph", "."),
            Map.entry("next paragraph", "."), Map.entry("colon", ":"), Map.entry("semicolon", ";"),
            Map.entry("semi colon", ";"), Map.entry("question mark", "?"), Map.entry("open paren", "("),
            Map.entry("open parenthesis", "("), Map.entry("close paren", ")"),
            Map.entry("close parenthesis", ")"), Map.entry("end paren", ")"),
            Map.entry("exclamation point", "."), Map.entry("exclamation mark", "."));

    /**
     * Punctuation said aloud to a dictation app ("twelve minutes period new line bike comma ten
     * minutes") is punctuation. "Period" and "colon" stay words where they are nouns ("a rest
     * period", "period of rest", "her colon").
     */
    static List<Token> punctuation(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            String two = i + 1 < in.size() ? t.text() + " " + in.get(i + 1).text() : null;
            String mark = two != null && SPOKEN_MARKS.containsKey(two) ? SPOKEN_MARKS.get(two) : SPOKEN_MARKS.get(t.text());
            int width = two != null && SPOKEN_MARKS.containsKey(two) ? 2 : 1;
            String prev = out.isEmpty() ? "" : out.get(out.size() - 1).text();
            String next = i + width < in.size() ? in.get(i + width).text() : "";
            boolean noun = t.text().equals("period") && width == 1
                    && (Regex.matches(prev, "a|the|rest|resting|time|this|that|each|every|trial|grace|another|short|brief|long|"
                            + "waiting|healing|recovery|warm|cool|observation|adjustment|refractory|same|whole|entire|two|three|"
                            + "post|postpartum|postoperative|perioperative") || next.equals("of"))
                    || t.text().equals("colon") && width == 1
                    && (Regex.matches(prev, "the|his|her|sigmoid|transverse|descending|ascending|a") || Regex.matches(next,
                            "cancer|resection|surgery|ca"));
            if (mark == null || noun) {
                out.add(t);
                continue;
            }
            Token last = in.get(i + width - 1);
            if (mark.equals(".") && prev.equals(".")) {
                i += width - 1; // "period new line": one stop
                continue;
            }
            out.add(new Token(mark, null, t.origStart(), last.origEnd(), 0, 0));
            i += width - 1;
        }
        return out;
    }
}
