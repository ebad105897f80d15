package org.rehabscribe.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehabscribe.core.Span;
import org.rehabscribe.speech.WordErrorRate;
import org.rehabscribe.vocab.CodeBook;
import org.rehabscribe.vocab.CptCode;
import org.rehabscribe.vocab.Tsv;

/**
 * The domain phrases of the extractor's vocabulary ({@code extract/terms.tsv}): intervention,
 * activity, measure and evaluation names with the CPT code or measure id they point to. The
 * evaluation uses them to find which domain terms a dictation contains (for term recall) and
 * where a missed item was probably said (for the miss log). Read-only use of the vocabulary:
 * the evaluation never changes what the extractor knows. Immutable and thread-safe.
 */
public final class DomainTerms {
    /**
     * A vocabulary phrase: its words in {@link SpokenForm} (to compare with transcripts), the code
     * or measure id it names, and a pattern that finds it as typed (numerals and all).
     */
    public record Phrase(List<String> words, String target, Pattern pattern) {
        public String text() {
            return String.join(" ", words);
        }
    }

    private static final String RESOURCE = "/org/rehabscribe/extract/terms.tsv";
    private static final List<String> KINDS = List.of("category", "activity", "measure", "eval");

    private final List<Phrase> phrases;

    private DomainTerms(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static DomainTerms load() {
        List<Phrase> out = new ArrayList<>();
        for (String[] row : Tsv.read(RESOURCE, 4)) {
            if (!KINDS.contains(row[1])) {
                continue;
            }
            for (String alt : row[0].split("\\|")) {
                List<String> words = SpokenForm.words(alt);
                if (!words.isEmpty()) {
                    out.add(new Phrase(words, row[2], pattern(WordErrorRate.normalise(alt))));
                }
            }
        }
        // longest first, so that matching prefers "gait training" to "gait"
        out.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()));
        return new DomainTerms(out);
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    /**
     * The domain phrases said in {@code words}, left to right, longest match first and without
     * overlaps (one occurrence a time it was said).
     */
    public List<Phrase> find(List<String> words) {
        List<Phrase> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Phrase hit = null;
            for (Phrase p : phrases) {
                if (startsAt(words, i, p.words())) {
                    hit = p;
                    break;
                }
            }
            if (hit != null) {
                found.add(hit);
                i += hit.words().size();
            } else {
                i++;
            }
        }
        return found;
    }

    /** How many times {@code phrase} occurs in {@code words}. */
    public static int occurrences(List<String> words, List<String> phrase) {
        int n = 0;
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (startsAt(words, i, phrase)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The first place in {@code text} where something naming {@code target} is said: a CPT
     * code (add-on and Medicare codes count as their primary code), a measure id, or a warning
     * kind for which no phrase exists (then empty).
     */
    public Optional<Span> locate(String text, String target) {
        String want = primary(target);
        Span best = null;
        for (Phrase p : phrases) {
            if (!p.target().equals(want)) {
                continue;
            }
            Matcher m = p.pattern().matcher(text);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = Span.of(text, m.start(), m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The code whose vocabulary names {@code code}: 97130 is said as 97129, G0283 as 97014, evaluations as eval. */
    private static String primary(String code) {
        for (CptCode c : CodeBook.get().all()) {
            if (code.equals(c.addon()) || code.equals(c.medicareCode())) {
                return primary(c.cpt());
            }
        }
        return CodeBook.get().code(code).map(c -> {
            if (c.category().endsWith("reevaluation")) {
                return "reeval";
            }
            return c.category().contains("evaluation") ? "eval" : c.cpt();
        }).orElse(code);
    }

    private static boolean startsAt(List<String> words, int i, List<String> phrase) {
        if (i + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The phrase as typed: its words separated by spaces or hyphens, whole words, any case. */
    private static Pattern pattern(List<String> words) {
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int k = 0; k < words.size(); k++) {
            re.append(k == 0 ? "" : "[\\s\\-/]+").append(Pattern.quote(words.get(k).toLowerCase(Locale.ROOT)));
        }
        return Pattern.compile(re.append("s?(?![\\p{L}\\p{N}])").toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
