package org.rehabscribe.vocab;

/** How a code is billed (DOMAIN.md). */
public enum Billing {
    /** Billed per 15 minutes under the payer's timed-code rule. */
    TIMED,
    /** One unit a session whatever the minutes. */
    UNTIMED,
    /** Documented, never billed (97010). */
    BUNDLED,
    /** "Each additional 15 minutes" partner of a timed code; units come from its primary code. */
    ADDON
}
