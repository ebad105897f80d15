package org.rehabscribe.extract;

import java.util.List;
import org.rehabscribe.core.Span;

/**
 * A dictation as the extraction rules see it: lower case, numbers as digits, one space
 * between tokens, self-corrections resolved; and the way back from any of its offsets to
 * the transcript's words, so every rule's match becomes evidence.
 */
public record NormalizedText(String original, String text, List<Token> tokens) {
    public NormalizedText {
        tokens = List.copyOf(tokens);
    }

    /** Lays tokens out one space apart and records where each one lands. */
    public static NormalizedText of(String original, List<Token> raw) {
        StringBuilder sb = new StringBuilder();
        List<Token> out = new java.util.ArrayList<>(raw.size());
        for (Token t : raw) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            int s = sb.length();
            sb.append(t.text());
            out.add(new Token(t.text(), t.number(), t.origStart(), t.origEnd(), s, sb.length()));
        }
        return new NormalizedText(original, sb.toString(), out);
    }

    /** Index of the token that contains normalised offset {@code pos} (or the next one). */
    public int tokenAt(int pos) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The transcript span covering normalised offsets {@code [start, end)}. */
    public Span span(int start, int end) {
        int a = tokenAt(start);
        int b = tokenAt(Math.max(start, end - 1));
        return spanOfTokens(a, b + 1);
    }

    /** The transcript span covering tokens {@code [from, to)}. */
    public Span spanOfTokens(int from, int to) {
        int s = tokens.get(from).origStart();
        int e = tokens.get(Math.max(from, to - 1)).origEnd();
        return Span.of(original, s, e);
    }
}
