package org.rehabscribe.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AMA / CPT midpoint rule (most commercial payers): each timed code on its own, one
 * unit per full 15 minutes plus one more once the midpoint of the next unit (8 minutes)
 * is reached.
 */
public final class AmaMidpointRule implements UnitRule {
    @Override
    public String name() {
        return "AMA midpoint rule (per code)";
    }

    public static int unitsFor(int minutes) {
        return minutes / 15 + (minutes % 15 >= 8 ? 1 : 0);
    }

    @Override
    public UnitAllocation allocate(List<TimedLine> lines) {
        Map<String, Integer> units = new LinkedHashMap<>();
        for (TimedLine l : lines) {
            units.put(l.code(), unitsFor(l.minutes()));
        }
        return new UnitAllocation(units, List.of());
    }
}
