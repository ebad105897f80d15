package org.rehabscribe.eval;

import java.util.List;
import org.rehabscribe.core.Span;

/**
 * One disagreement with the gold file, in the manner of cTAKES evaluation logs: a gold item
 * the product did not produce ({@link Kind#DROPPED}), one it produced that gold does not have
 * ({@link Kind#ADDED}), or one matched with a wrong value ({@link Kind#WRONG}).
 *
 * @param field    what was compared: intervention, minutes, params, measure, code, units,
 *                 total_minutes, warning
 * @param item     the CPT code, measure id, code x units or warning kind concerned
 * @param detail   gold and predicted values in words, e.g. "gold 22, predicted 12"
 * @param evidence where the product found the item in its transcript (empty for DROPPED)
 * @param lookup   for items without evidence, the vocabulary target (CPT code, measure id or
 *                 warning kind) whose words locate the likely place in the dictation; else null
 */
public record Miss(Kind kind, String field, String item, String detail, List<Span> evidence, String lookup) {
    public enum Kind { DROPPED, ADDED, WRONG }

    public Miss {
        evidence = List.copyOf(evidence);
    }
}
