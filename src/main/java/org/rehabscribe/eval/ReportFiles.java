package org.rehabscribe.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes {@code report-<split>.md} and {@code report-<split>.json} into a directory, each whole
 * or not at all (written aside, then renamed), so a report is never half a run.
 */
public final class ReportFiles {
    private ReportFiles() {}

    /** Returns the two files written. */
    public static List<Path> write(EvalReport r, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path md = dir.resolve("report-" + r.split() + ".md");
        Path json = dir.resolve("report-" + r.split() + ".json");
        replace(md, MarkdownReport.render(r, DomainTerms.load()));
        replace(json, JsonReport.render(r));
        return List.of(md, json);
    }

    private static void replace(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            tmp.toFile().setReadable(true, false); // temp files start private; a report is not
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
