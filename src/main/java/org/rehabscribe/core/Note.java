package org.rehabscribe.core;

import java.util.List;

/** The finished product for one dictation: extraction, coding, all warnings, rendered Markdown. */
public record Note(Extraction extraction, Coding coding, List<Warning> warnings, String markdown) {
    public Note {
        warnings = List.copyOf(warnings);
    }
}
