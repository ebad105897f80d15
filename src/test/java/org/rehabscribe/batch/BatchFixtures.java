package org.rehabscribe.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.rehabscribe.cli.Main;

/** Running the command line in-process, and reading what a batch leaves behind. */
final class BatchFixtures {
    private BatchFixtures() {}

    record Run(int status, String out, String err) {}

    static Run scribe(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    /** Every regular file under {@code root} (hidden ones too, links not followed), by relative path. */
    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    static List<Path> tempFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")
                    || p.getFileName().toString().startsWith(".scribe-")).toList();
        }
    }

    /** summary.csv as file to row (status, audio_seconds, codes), checking the header. */
    static Map<String, List<String>> summary(Path out) throws IOException {
        List<List<String>> records = parseCsv(Files.readString(out.resolve(SummaryCsv.NAME), StandardCharsets.UTF_8));
        assertEquals(List.of("file", "status", "audio_seconds", "codes"), records.get(0));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertEquals(4, r.size(), r.toString());
            rows.put(r.get(0), r.subList(1, 4));
        }
        return rows;
    }

    /** RFC 4180, as {@link SummaryCsv} writes it. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return records;
    }

    static Path text(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
