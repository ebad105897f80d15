package org.rehabscribe.vocab;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The CPT vocabulary, loaded once from {@code codes.tsv}; immutable and shared. */
public final class CodeBook {
    private static final CodeBook INSTANCE = load();

    private final Map<String, CptCode> byCode;
    private final Map<String, CptCode> byCategory;

    private CodeBook(Map<String, CptCode> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, CptCode> cat = new LinkedHashMap<>();
        byCode.values().forEach(c -> cat.put(c.category(), c));
        this.byCategory = Collections.unmodifiableMap(cat);
    }

    public static CodeBook get() {
        return INSTANCE;
    }

    private static CodeBook load() {
        Map<String, CptCode> m = new LinkedHashMap<>();
        for (String[] f : Tsv.read("codes.tsv", 6)) {
            Billing billing = Billing.valueOf(f[2].toUpperCase(Locale.ROOT));
            m.put(f[0], new CptCode(f[0], f[1], billing, Tsv.opt(f[3]), Tsv.opt(f[4]), f[5]));
        }
        return new CodeBook(m);
    }

    public Optional<CptCode> code(String cpt) {
        return Optional.ofNullable(byCode.get(cpt));
    }

    public CptCode require(String cpt) {
        CptCode c = byCode.get(cpt);
        if (c == null) {
            throw new IllegalArgumentException("unknown CPT code " + cpt);
        }
        return c;
    }

    public Optional<CptCode> byCategory(String category) {
        return Optional.ofNullable(byCategory.get(category));
    }

    public Collection<CptCode> all() {
        return byCode.values();
    }
}
