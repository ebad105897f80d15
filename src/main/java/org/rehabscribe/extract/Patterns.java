package org.rehabscribe.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.rehabscribe.vocab.Tsv;

/** The named regular expressions of {@code patterns.tsv}, compiled once. */
public final class Patterns {
    private final Map<String, Pattern> byName;

    private Patterns(Map<String, Pattern> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static Patterns load(String resource) {
        Map<String, Pattern> m = new HashMap<>();
        for (String[] f : Tsv.read(resource, 2)) {
            m.put(f[0], Pattern.compile(f[1]));
        }
        return new Patterns(m);
    }

    public Pattern get(String name) {
        Pattern p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no pattern named " + name + " in patterns.tsv");
        }
        return p;
    }
}
