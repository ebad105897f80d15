package org.rehabscribe.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** {@link String#matches} without compiling the pattern on every call (it is on the hot path). */
final class Regex {
    private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Regex() {}

    static boolean matches(CharSequence text, String regex) {
        return CACHE.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
    }

    /** Whether {@code regex} occurs somewhere in {@code text}. */
    static boolean find(CharSequence text, String regex) {
        return CACHE.computeIfAbsent(regex, Pattern::compile).matcher(text).find();
    }

    /** Whether any token in {@code [from, to)} matches {@code regex} whole. */
    static boolean anyToken(java.util.List<Token> tok, int from, int to, String regex) {
        for (int k = Math.max(0, from); k < Math.min(to, tok.size()); k++) {
            if (matches(tok.get(k).text(), regex)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every token in {@code [from, to)} matches {@code regex} whole (true for an empty span). */
    static boolean allTokens(java.util.List<Token> tok, int from, int to, String regex) {
        for (int k = Math.max(0, from); k < Math.min(to, tok.size()); k++) {
            if (!matches(tok.get(k).text(), regex)) {
                return false;
            }
        }
        return true;
    }
}
