package org.rehabscribe.coding;

import java.util.List;
import java.util.Map;

/**
 * Units per timed code, in the order of the lines given. {@code ties} names the codes that
 * had equal leftover minutes when a unit had to go to one of them (the CMS rule leaves that
 * choice to the clinician; the note shows which way it went).
 */
public record UnitAllocation(Map<String, Integer> units, List<String> ties) {
    public UnitAllocation {
        units = Map.copyOf(units);
        ties = List.copyOf(ties);
    }

    public int units(String code) {
        return units.getOrDefault(code, 0);
    }

    public int total() {
        return units.values().stream().mapToInt(Integer::intValue).sum();
    }
}
