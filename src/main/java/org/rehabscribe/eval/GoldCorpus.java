package org.rehabscribe.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rehabscribe.core.Discipline;
import org.rehabscribe.core.Payer;
import org.rehabscribe.core.SessionContext;
import org.rehabscribe.core.UserInputException;

/**
 * Loads gold files (CONTRACT s.3). A corpus directory is every {@code *.json} directly in it,
 * returned sorted by id. Malformed input fails with a one-line {@link UserInputException}
 * naming the file and the field ({@code corpus/dev/dev-0003.json: expected.codes[0].units:
 * missing}). Whether ids match file names and codes are in the vocabulary is checked by
 * {@code CorpusValidatorTest}, not here.
 */
public final class GoldCorpus {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldCorpus() {}

    public static List<GoldFile> load(Path dir) throws UserInputException {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": no such corpus directory");
        }
        List<Path> files = files(dir);
        if (files.isEmpty()) {
            throw new UserInputException(dir + ": no gold files (*.json)");
        }
        List<GoldFile> gold = new ArrayList<>();
        for (Path f : files) {
            gold.add(read(f));
        }
        gold.sort(Comparator.comparing(GoldFile::id));
        return List.copyOf(gold);
    }

    /** The {@code *.json} files directly in {@code dir}, sorted by name. */
    public static List<Path> files(Path dir) throws UserInputException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UserInputException(dir + ": cannot list (" + e.getMessage() + ")");
        }
    }

    public static GoldFile read(Path file) throws UserInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new UserInputException(file + ": not valid JSON"
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        try {
            return parse(root);
        } catch (FormatException e) {
            throw new UserInputException(file + ": " + e.getMessage());
        }
    }

    /** A gold file from its JSON tree. */
    public static GoldFile parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new FormatException("not a JSON object");
        }
        String id = Json.text(root, "id", "");
        JsonNode ctx = Json.object(root, "context", "");
        SessionContext context = new SessionContext(
                discipline(Json.text(ctx, "discipline", "context")),
                payer(Json.text(ctx, "payer", "context")),
                Json.bool(ctx, "telehealth", "context"));
        String dictation = Json.text(root, "dictation", "");
        if (dictation.isBlank()) {
            throw new FormatException("dictation: empty");
        }
        NoteFacts expected = FactsReader.gold(Json.object(root, "expected", ""), "expected");
        return new GoldFile(id, context, dictation, expected);
    }

    private static Discipline discipline(String s) {
        try {
            return Discipline.parse(s);
        } catch (IllegalArgumentException e) {
            throw new FormatException("context.discipline: unknown value '" + s + "' (PT or OT)");
        }
    }

    private static Payer payer(String s) {
        try {
            return Payer.parse(s);
        } catch (IllegalArgumentException e) {
            throw new FormatException("context.payer: unknown value '" + s + "' (medicare or ama)");
        }
    }
}
