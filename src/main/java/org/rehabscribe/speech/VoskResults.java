package org.rehabscribe.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.Word;

/**
 * Collects the JSON results Vosk returns for one stream (one per utterance it finalises, then
 * the final one) into a {@link Transcript}. Vosk word times are already relative to the start
 * of the stream. Not thread-safe: one instance per transcription.
 */
final class VoskResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder text = new StringBuilder();
    private final List<Word> words = new ArrayList<>();
    private final HypothesisChooser chooser;

    VoskResults() {
        this(HypothesisChooser.FIRST);
    }

    VoskResults(HypothesisChooser chooser) {
        this.chooser = chooser;
    }

    /** Adds one result, e.g. {@code {"result":[{"conf":1.0,"end":1.02,"start":0.51,"word":"patient"}],"text":"patient"}}. */
    void add(String resultJson) {
        JsonNode root;
        try {
            root = JSON.readTree(resultJson);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Vosk returned malformed JSON: " + resultJson, e);
        }
        JsonNode alternatives = root.path("alternatives");
        if (alternatives.isArray() && alternatives.size() > 0) {
            // n-best mode: each alternative carries its own text and word timings (no per-word confidence)
            List<String> texts = new ArrayList<>();
            alternatives.forEach(a -> texts.add(a.path("text").asText("")));
            int k = Math.max(0, Math.min(texts.size() - 1, chooser.choose(texts)));
            root = alternatives.get(k);
        }
        String segment = root.path("text").asText("").strip();
        if (!segment.isEmpty()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(segment);
        }
        for (JsonNode w : root.path("result")) {
            words.add(new Word(w.path("word").asText(), w.path("start").asDouble(), w.path("end").asDouble(),
                    w.path("conf").asDouble(1.0)));
        }
    }

    /**
     * The transcript, punctuated from the pauses between words when Vosk gave word timings (it
     * gives no punctuation): a pause of {@value #SENTENCE_PAUSE} s or more ends a sentence, one of
     * {@value #COMMA_PAUSE} s or more is a comma. Dictated sentences end in pauses, and the
     * extractor's sentences and clauses decide which activity a time or a negation belongs to.
     * Measured on the flite renditions of corpus/dev: codes F1 from speech 0.45 to 0.52 (slt)
     * and 0.41 to 0.52 (awb).
     */
    Transcript toTranscript(double audioSeconds) {
        if (words.isEmpty()) {
            return new Transcript(text.toString(), words, audioSeconds);
        }
        StringBuilder punctuated = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (i > 0) {
                double pause = w.start() - words.get(i - 1).end();
                // (no pause splits a number from its unit: "eighteen, minutes" is eighteen minutes; but "... it was fourteen.
                // minutes were: manual twelve" opens a list of times)
                boolean unitOfNumber = NUMBER.matcher(words.get(i - 1).text()).matches() && UNIT.matcher(w.text()).matches()
                        && !(i + 1 < words.size() && OPENS_LIST.matcher(words.get(i + 1).text()).matches());
                punctuated.append(unitOfNumber ? " " : pause >= SENTENCE_PAUSE ? ". " : pause >= COMMA_PAUSE ? ", " : " ");
            }
            punctuated.append(w.text());
        }
        return new Transcript(punctuated.append('.').toString(), words, audioSeconds);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|twenty|thirty|forty|fifty|sixty");
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("minutes|minute|mins");
    private static final java.util.regex.Pattern OPENS_LIST = java.util.regex.Pattern.compile("were|was|are|is|total|breakdown");

    /** Seconds of silence between two words that end a sentence. */
    static final double SENTENCE_PAUSE = 0.17;
    /** Seconds of silence between two words that make a comma. */
    static final double COMMA_PAUSE = 0.08;
}
