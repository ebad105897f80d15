package org.rehabscribe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rehabscribe.speech.Recognition;

/**
 * Keeps each rendition's raw {@link Recognition} so an evaluation after a rule change reads the
 * same recognitions again instead of running the recognizer (minutes become seconds). A stored
 * recognition is used only while its key matches: the recognizer's identity (model, bias,
 * alternatives) and the WAV's digest; the reading is still chosen afresh by the current rules.
 * Files are {@code <dir>/<voice>/<split>/<id>.json}, each written whole (temp file, then rename).
 * Thread-safe: every rendition has its own file.
 */
public final class RecognitionStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String split;

    public RecognitionStore(Path dir, String split) {
        this.dir = dir;
        this.split = split;
    }

    /** The key a recognition of {@code wav} by a recognizer of {@code identity} is stored under. */
    public static String key(String recognizerIdentity, Path wav) {
        return Hashes.of(recognizerIdentity + "\n" + Hashes.of(wav));
    }

    Path file(Voice voice, String id) {
        return dir.resolve(voice.name()).resolve(split).resolve(id + ".json");
    }

    /** The stored recognition under {@code key}, if there is one that is whole and current. */
    public Optional<Recognition> find(Voice voice, String id, String key) {
        Path f = file(voice, id);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(f.toFile());
            if (!key.equals(root.path("key").asText())) {
                return Optional.empty();
            }
            List<String> results = new ArrayList<>();
            root.path("results").forEach(r -> results.add(r.asText()));
            return Optional.of(new Recognition(results, root.path("seconds").asDouble()));
        } catch (IOException e) {
            return Optional.empty(); // unreadable: recognised again and rewritten
        }
    }

    public void put(Voice voice, String id, String key, Recognition recognition) {
        Path f = file(voice, id);
        ObjectNode root = JSON.createObjectNode();
        root.put("key", key);
        root.put("seconds", recognition.seconds());
        ArrayNode results = root.putArray("results");
        recognition.results().forEach(results::add);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), "." + id, ".tmp");
            JSON.writeValue(tmp.toFile(), root);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the recognition of " + id + " under " + dir, e);
        }
    }
}
