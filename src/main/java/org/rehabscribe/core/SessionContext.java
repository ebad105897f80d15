package org.rehabscribe.core;

/** Who pays and under which plan of care the session was given; JSON "context". */
public record SessionContext(Discipline discipline, Payer payer, boolean telehealth) {
    public static final SessionContext DEFAULT = new SessionContext(Discipline.PT, Payer.MEDICARE, false);
}
