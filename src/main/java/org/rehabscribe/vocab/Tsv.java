package org.rehabscribe.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated resource files that hold vocabularies and rules. Lines starting
 * with '#' and blank lines are skipped; every other line must have exactly {@code columns}
 * fields, else loading fails naming the resource and line (a broken vocabulary must not
 * load silently).
 */
public final class Tsv {
    private Tsv() {}

    public static List<String[]> read(String resource, int columns) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns
                            + " tab-separated fields, found " + f.length);
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].trim();
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** "-" stands for an empty cell. */
    public static String opt(String cell) {
        return cell.equals("-") || cell.isEmpty() ? null : cell;
    }
}
