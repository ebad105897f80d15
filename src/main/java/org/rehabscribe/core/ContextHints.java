package org.rehabscribe.core;

/**
 * Context given on the command line; a null field means "infer it from the dictation"
 * (discipline, telehealth) or "use the default" (payer: Medicare).
 */
public record ContextHints(Discipline discipline, Payer payer, Boolean telehealth) {
    public static final ContextHints NONE = new ContextHints(null, null, null);

    public static ContextHints of(SessionContext c) {
        return new ContextHints(c.discipline(), c.payer(), c.telehealth());
    }
}
