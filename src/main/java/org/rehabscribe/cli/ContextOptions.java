package org.rehabscribe.cli;

import java.util.Locale;
import org.rehabscribe.core.ContextHints;
import org.rehabscribe.core.Discipline;
import org.rehabscribe.core.Payer;
import picocli.CommandLine.Option;

/** The context flags shared by {@code note} and {@code batch}; they override what the dictation says. */
public final class ContextOptions {
    public enum PayerOption { medicare, ama }

    public enum DisciplineOption { PT, OT }

    @Option(names = "--payer", description = "medicare (CMS 8-minute rule, default) or ama (per-code midpoint rule)")
    PayerOption payer;

    @Option(names = "--discipline", description = "PT or OT (default: inferred from the dictation, else PT)")
    DisciplineOption discipline;

    @Option(names = "--telehealth", description = "the session was by video (default: inferred from the dictation)")
    boolean telehealth;

    public ContextHints hints() {
        return new ContextHints(
                discipline == null ? null : Discipline.valueOf(discipline.name()),
                payer == null ? null : Payer.valueOf(payer.name().toUpperCase(Locale.ROOT)),
                telehealth ? Boolean.TRUE : null);
    }
}
