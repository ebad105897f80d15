package org.rehabscribe.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabscribe.core.CodeSuggestion;
import org.rehabscribe.core.Coding;
import org.rehabscribe.core.Extraction;
import org.rehabscribe.core.Intervention;
import org.rehabscribe.core.Payer;
import org.rehabscribe.core.SessionContext;
import org.rehabscribe.core.Span;
import org.rehabscribe.core.Warning;
import org.rehabscribe.vocab.Billing;
import org.rehabscribe.vocab.CodeBook;
import org.rehabscribe.vocab.CptCode;

/**
 * The coding stage: turns the interventions of an extraction into billable lines under the
 * payer's unit rule, with modifiers and billing warnings. Stateless and thread-safe.
 */
public final class Coder {
    private final CodeBook codes = CodeBook.get();
    private final Modifiers modifiers = Modifiers.load();

    public static UnitRule ruleFor(Payer payer) {
        return payer == Payer.MEDICARE ? new CmsTotalTimeRule() : new AmaMidpointRule();
    }

    public Coding code(Extraction extraction) {
        SessionContext ctx = extraction.context();
        UnitRule rule = ruleFor(ctx.payer());
        List<Warning> warnings = new ArrayList<>();
        List<TimedLine> timed = new ArrayList<>();
        Map<String, Intervention> byCode = new LinkedHashMap<>();
        for (Intervention iv : extraction.interventions()) {
            CptCode c = codes.require(iv.cpt());
            byCode.put(iv.cpt(), iv);
            if (c.billing() != Billing.TIMED) {
                continue;
            }
            if (iv.minutes() == null) {
                warnings.add(new Warning("missing_minutes", "No minutes dictated for " + c.cpt() + " ("
                        + label(c) + "): a timed code cannot be billed without its time.", iv.evidence()));
            } else if (iv.minutes() > 0) {
                timed.add(new TimedLine(c.cpt(), iv.minutes()));
                if (iv.minutes() < 8) {
                    warnings.add(new Warning("below_eight_minutes", c.cpt() + " (" + label(c) + ") has "
                            + iv.minutes() + " minutes, under 8 on its own"
                            + (ctx.payer() == Payer.MEDICARE ? "; billable only through the total-time rule." : "; not billable under the midpoint rule."),
                            iv.evidence()));
                }
            }
        }
        int totalTimed = timed.stream().mapToInt(TimedLine::minutes).sum();
        UnitAllocation alloc = rule.allocate(timed);
        if (!alloc.ties().isEmpty()) {
            warnings.add(Warning.of("unit_tie", "Equal leftover minutes for " + String.join(" and ", alloc.ties())
                    + ": the extra unit went to " + alloc.ties().get(0) + "; the clinician may assign it to the other."));
        }
        if (totalTimed > 0 && alloc.total() == 0) {
            warnings.add(Warning.of("no_billable_time", "Total timed minutes (" + totalTimed
                    + ") are under 8: no timed unit can be billed."));
        }

        List<CodeSuggestion> lines = new ArrayList<>();
        for (Intervention iv : byCode.values()) {
            CptCode c = codes.require(iv.cpt());
            switch (c.billing()) {
                case TIMED -> {
                    int units = alloc.units(c.cpt());
                    if (units == 0) {
                        continue;
                    }
                    if (c.addon() != null && units > 1) {
                        lines.add(line(c.cpt(), 1, Math.min(iv.minutes(), 15), c, iv));
                        lines.add(line(c.addon(), units - 1, iv.minutes() - 15, codes.require(c.addon()), iv));
                    } else {
                        lines.add(line(c.cpt(), units, iv.minutes(), c, iv));
                    }
                }
                case UNTIMED -> {
                    String billed = ctx.payer() == Payer.MEDICARE && c.medicareCode() != null ? c.medicareCode() : c.cpt();
                    lines.add(line(billed, 1, iv.minutes(), c, iv));
                }
                case BUNDLED, ADDON -> { }
            }
        }
        List<CodeSuggestion> withModifiers = modifiers.apply(lines, ctx);
        return new Coding(rule.name(), totalTimed, alloc.total(), withModifiers, warnings);
    }

    private static CodeSuggestion line(String code, int units, Integer minutes, CptCode def, Intervention iv) {
        String rationale = def.rationale();
        if (iv.intent() != null && !iv.intent().isBlank()) {
            rationale = rationale + "; dictated goal: " + iv.intent();
        }
        List<Span> evidence = iv.evidence();
        return new CodeSuggestion(code, units, minutes, List.of(), rationale, evidence);
    }

    private static String label(CptCode c) {
        return c.category().replace('_', ' ');
    }
}
