package org.rehabscribe.note;

import org.rehabscribe.core.Note;

/**
 * The note as a self-contained HTML page: the Markdown note inside a {@code <pre>} block,
 * escaped. Enough to print or paste; the web page renders its own view.
 */
public final class NoteHtml {
    private NoteHtml() {}

    public static String render(Note note) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Treatment note</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto}"
                + "pre{white-space:pre-wrap}</style></head>\n<body><pre>" + escape(note.markdown())
                + "</pre></body></html>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
