package org.rehabscribe.core;

import java.util.Locale;

/** The therapy discipline whose plan of care the session falls under. */
public enum Discipline {
    PT("GP"), OT("GO");

    private final String modifier;

    Discipline(String modifier) {
        this.modifier = modifier;
    }

    /** The therapy modifier every line billed under this discipline carries. */
    public String modifier() {
        return modifier;
    }

    public static Discipline parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
