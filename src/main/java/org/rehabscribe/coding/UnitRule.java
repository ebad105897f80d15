package org.rehabscribe.coding;

import java.util.List;

/**
 * How a payer turns minutes of timed codes into billable units. Implementations are
 * stateless and thread-safe.
 */
public interface UnitRule {
    /** A short name shown in the note, e.g. "CMS 8-minute rule (total time)". */
    String name();

    /** Units for each line; codes in {@code lines} are distinct. */
    UnitAllocation allocate(List<TimedLine> lines);
}
