package org.rehabscribe.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Digests of the files the product runs with, found on the classpath under
 * {@code org/rehabscribe} whether that is a directory ({@code target/classes}, in tests and
 * builds) or the jar ({@code ./scribe}). The tree is found from one resource known to exist
 * ({@code vocab/codes.tsv}), so any resource file added later is included without a list.
 */
final class ClasspathFiles {
    private static final String ANCHOR = "/org/rehabscribe/vocab/codes.tsv";

    private ClasspathFiles() {}

    /** {@code path under org/rehabscribe -> SHA-256} for every file whose name passes {@code accept}. */
    static SortedMap<String, String> digests(Predicate<String> accept) {
        URL anchor = ClasspathFiles.class.getResource(ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("resource " + ANCHOR + " is not on the classpath");
        }
        try {
            if (anchor.getProtocol().equals("jar")) {
                Path jar = Path.of(((JarURLConnection) anchor.openConnection()).getJarFileURL().toURI());
                try (FileSystem fs = FileSystems.newFileSystem(jar)) {
                    return walk(fs.getPath("/org/rehabscribe"), accept);
                }
            }
            return walk(Path.of(anchor.toURI()).getParent().getParent(), accept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SortedMap<String, String> walk(Path root, Predicate<String> accept) throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (accept.test(rel)) {
                    out.put(rel, Hashes.of(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    static SortedMap<String, String> resources() {
        return digests(name -> !name.endsWith(".class"));
    }

    static SortedMap<String, String> classes() {
        return digests(name -> name.endsWith(".class"));
    }
}
