package org.rehabscribe.vocab;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The outcome-measure vocabulary, loaded once from {@code measures.tsv}. */
public final class MeasureBook {
    private static final MeasureBook INSTANCE = load();

    private final Map<String, MeasureDef> byId;

    private MeasureBook(Map<String, MeasureDef> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static MeasureBook get() {
        return INSTANCE;
    }

    private static MeasureBook load() {
        Map<String, MeasureDef> m = new LinkedHashMap<>();
        for (String[] f : Tsv.read("measures.tsv", 7)) {
            String max = Tsv.opt(f[4]);
            m.put(f[0], new MeasureDef(f[0], f[1], f[2], Double.parseDouble(f[3]),
                    max == null ? null : Double.valueOf(max), f[5].equals("higher"), f[6].equals("task")));
        }
        return new MeasureBook(m);
    }

    public Optional<MeasureDef> measure(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<MeasureDef> all() {
        return byId.values();
    }

    /** The measure whose scale maximum is {@code max} when no other measure shares it, else null. */
    public String withUniqueMax(double max) {
        String id = null;
        for (MeasureDef d : all()) {
            if (d.max() != null && d.max() == max) {
                if (id != null) {
                    return null;
                }
                id = d.id();
            }
        }
        return id;
    }
}
