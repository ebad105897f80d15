package org.rehabscribe.core;

import java.util.Locale;

/** Which timed-code rule the payer applies (DOMAIN.md). */
public enum Payer {
    /** CMS total-time method: Medicare, Medicaid, Medicare Advantage, TRICARE. */
    MEDICARE,
    /** AMA / CPT per-code midpoint rule: most commercial payers. */
    AMA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Payer parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
