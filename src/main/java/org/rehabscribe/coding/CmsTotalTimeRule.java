package org.rehabscribe.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CMS total-time method ("8-minute rule"; Medicare Claims Processing Manual, Pub.
 * 100-04, ch. 5, s. 20.2): units come from the total of all timed minutes, {@code (T + 7) / 15}
 * for T of at least 8; each code gets one unit per full 15 minutes; the units left over go,
 * one each, to the codes with the most leftover minutes. Ties go to the code with more
 * minutes, then to the one mentioned first, and are reported.
 */
public final class CmsTotalTimeRule implements UnitRule {
    @Override
    public String name() {
        return "CMS 8-minute rule (total timed minutes)";
    }

    /** Billable units for a total of timed minutes. */
    public static int unitsForTotal(int totalMinutes) {
        return totalMinutes < 8 ? 0 : (totalMinutes + 7) / 15;
    }

    @Override
    public UnitAllocation allocate(List<TimedLine> lines) {
        int total = lines.stream().mapToInt(TimedLine::minutes).sum();
        int remaining = unitsForTotal(total);
        Map<String, Integer> units = new LinkedHashMap<>();
        for (TimedLine l : lines) {
            units.put(l.code(), l.minutes() / 15);
            remaining -= l.minutes() / 15;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -(lines.get(i).minutes() % 15))
                .thenComparingInt(i -> -lines.get(i).minutes())
                .thenComparingInt(i -> i));
        List<String> ties = new ArrayList<>();
        for (int k = 0; k < order.size() && remaining > 0; k++) {
            TimedLine l = lines.get(order.get(k));
            if (l.minutes() % 15 == 0) {
                continue;
            }
            units.merge(l.code(), 1, Integer::sum);
            remaining--;
            if (remaining == 0 && k + 1 < order.size()) {
                TimedLine next = lines.get(order.get(k + 1));
                if (next.minutes() % 15 == l.minutes() % 15) {
                    ties.add(l.code());
                    ties.add(next.code());
                }
            }
        }
        return new UnitAllocation(units, ties);
    }
}
