package org.rehabscribe.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What produced an evaluation, so that two reports can be compared honestly (Tribuo): the git
 * commit, the corpus digest, digests of the rules and vocabularies (every resource file under
 * {@code org/rehabscribe} on the classpath) and of the compiled classes, the models, and the
 * audio renditions scored. Digests are of {@link Hashes manifests}, reproducible with
 * {@code sha256sum}.
 *
 * @param models name under {@code models/} -> digest; a Vosk model directory is too big to
 *               read on every run, so its digest covers its listing (paths and sizes) and its
 *               small descriptive files (README, uuid, conf/)
 * @param audio  voice -> digest of the renditions scored
 */
public record Provenance(String commit, String date, String corpus, String corpusSha256, int corpusFiles,
                         String resourcesSha256, Map<String, String> resources, String classesSha256,
                         Map<String, String> models, Map<String, String> audio, String java) {
    public Provenance {
        resources = Collections.unmodifiableMap(new TreeMap<>(resources));
        models = Collections.unmodifiableMap(new TreeMap<>(models));
        audio = Collections.unmodifiableMap(new TreeMap<>(audio));
    }

    /**
     * @param home      the installation (its {@code .git} and {@code models/})
     * @param corpusDir the split scored
     * @param goldFiles its gold files, digested as {@code sha256sum *.json} would list them
     * @param audio     voice -> the renditions scored (may be empty)
     */
    public static Provenance collect(Path home, Path corpusDir, List<Path> goldFiles, Map<String, List<Path>> audio) {
        SortedMap<String, String> corpus = new TreeMap<>();
        goldFiles.forEach(f -> corpus.put(f.getFileName().toString(), Hashes.of(f)));
        SortedMap<String, String> resources = ClasspathFiles.resources();
        Map<String, String> audioDigests = new TreeMap<>();
        audio.forEach((voice, files) -> {
            SortedMap<String, String> m = new TreeMap<>();
            files.forEach(f -> m.put(f.getFileName().toString(), Hashes.of(f)));
            audioDigests.put(voice, Hashes.ofManifest(m));
        });
        return new Provenance(GitCommit.of(home), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                display(home, corpusDir), Hashes.ofManifest(corpus), goldFiles.size(),
                Hashes.ofManifest(resources), resources,
                Hashes.ofManifest(ClasspathFiles.classes()), models(home.resolve("models")),
                audioDigests, System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
    }

    /** The corpus path relative to the installation when it is inside it. */
    static String display(Path home, Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.startsWith(home) ? home.relativize(abs).toString() : abs.toString();
    }

    private static Map<String, String> models(Path models) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(models)) {
            return out;
        }
        try (Stream<Path> top = Files.list(models)) {
            for (Path p : top.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) && name.startsWith("vosk-model")) {
                    out.put(name + "/ (listing)", voskDigest(p));
                } else if (Files.isDirectory(p)) {
                    out.put(name + "/", Hashes.ofManifest(files(p, true)));
                } else if (Files.isRegularFile(p)) {
                    out.put(name, Hashes.of(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String voskDigest(Path dir) throws IOException {
        SortedMap<String, String> listing = files(dir, false);
        for (String small : List.of("README", "uuid")) {
            if (Files.isRegularFile(dir.resolve(small))) {
                listing.put(small + " (content)", Hashes.of(dir.resolve(small)));
            }
        }
        files(dir.resolve("conf"), true).forEach((k, v) -> listing.put("conf/" + k + " (content)", v));
        return Hashes.ofManifest(listing);
    }

    /** Relative path -> content digest, or the file size when {@code content} is false. */
    private static SortedMap<String, String> files(Path dir, boolean content) throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), content ? Hashes.of(p) : "size " + Files.size(p));
            }
        }
        return out;
    }
}
