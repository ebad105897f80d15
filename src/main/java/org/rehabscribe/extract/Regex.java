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
}
