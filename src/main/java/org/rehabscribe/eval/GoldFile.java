package org.rehabscribe.eval;

import org.rehabscribe.core.ContextHints;
import org.rehabscribe.core.SessionContext;

/**
 * One gold-annotated dictation (CONTRACT s.3): its id (the file name without {@code .json}),
 * the session context the clinic would configure, what the therapist said, and what the
 * scribe should produce.
 */
public record GoldFile(String id, SessionContext context, String dictation, NoteFacts expected) {
    /**
     * The context flags {@code ./scribe note} would be given for this dictation. Telehealth is
     * passed only when true (the command line has no "not telehealth" flag), so that every
     * figure is reproducible with {@code note --payer .. --discipline .. [--telehealth]}.
     */
    public ContextHints hints() {
        return new ContextHints(context.discipline(), context.payer(), context.telehealth() ? Boolean.TRUE : null);
    }

    /** The command-line flags matching {@link #hints()}, for reports and reproduction. */
    public String flags() {
        return "--payer " + context.payer().id() + " --discipline " + context.discipline().name()
                + (context.telehealth() ? " --telehealth" : "");
    }
}
