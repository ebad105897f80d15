package org.rehabscribe.vocab;

/**
 * One CPT code of {@code codes.tsv}. {@code addon} is the add-on code that carries the
 * units past the first for codes billed "first 15 minutes" (97129, 90912);
 * {@code medicareCode} is what Medicare bills instead (97014 becomes G0283).
 */
public record CptCode(String cpt, String category, Billing billing, String addon, String medicareCode,
                      String rationale) {
    public boolean timed() {
        return billing == Billing.TIMED;
    }
}
