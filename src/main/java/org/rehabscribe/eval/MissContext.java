package org.rehabscribe.eval;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rehabscribe.core.Span;

/**
 * The words around a miss, for the report's miss log: about {@link #WIDTH} characters either
 * side of the evidence, the evidence itself in {@code [[ ]]}. A miss with product evidence is
 * shown in the product's transcript; a dropped item (no evidence) around the first words of
 * the dictation that name it in the extractor's vocabulary, else at the dictation's start.
 */
final class MissContext {
    static final int WIDTH = 50;
    private static final Pattern MINUTES = Pattern.compile("(?i)\\bmin");
    private static final Pattern DOSAGE = Pattern.compile("(?i)\\d|\\bsets?\\b|\\breps?\\b|\\bby\\b|\\bx\\b");

    private final DomainTerms terms;

    MissContext(DomainTerms terms) {
        this.terms = terms;
    }

    /** The context line of {@code miss}, or "" when there is nothing useful to show. */
    String of(Miss miss, String transcript, String dictation) {
        if (!miss.evidence().isEmpty()) {
            Span s = pick(miss);
            if (s.end() <= transcript.length()) {
                return around(transcript, s.start(), s.end());
            }
            return "[[" + flat(s.text()) + "]]";
        }
        if (miss.lookup() == null) {
            return "";
        }
        // from speech, the dictation shows what should have been heard; say which text it is
        String source = transcript.equals(dictation) ? "" : "(dictation) ";
        Optional<Span> where = terms.locate(dictation, miss.lookup());
        return source + where.map(s -> around(dictation, s.start(), s.end()))
                .orElseGet(() -> "(start) " + flat(dictation.substring(0, Math.min(dictation.length(), 2 * WIDTH)))
                        + (dictation.length() > 2 * WIDTH ? "…" : ""));
    }

    /** The evidence span that best shows the wrong value: the minutes for minutes, the dosage for params. */
    private static Span pick(Miss miss) {
        List<Span> spans = miss.evidence();
        Pattern want = switch (miss.field()) {
            case "minutes" -> MINUTES;
            case "params" -> DOSAGE;
            default -> null;
        };
        if (want != null) {
            for (Span s : spans) {
                if (want.matcher(s.text()).find()) {
                    return s;
                }
            }
        }
        return spans.get(0);
    }

    static String around(String text, int start, int end) {
        int from = Math.max(0, start - WIDTH);
        int to = Math.min(text.length(), end + WIDTH);
        return (from > 0 ? "…" : "") + flat(text.substring(from, start)) + "[[" + flat(text.substring(start, end))
                + "]]" + flat(text.substring(end, to)) + (to < text.length() ? "…" : "");
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
