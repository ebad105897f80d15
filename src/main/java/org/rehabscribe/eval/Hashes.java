package org.rehabscribe.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;

/**
 * SHA-256 digests for provenance. A set of files is digested as its manifest, the text that
 * {@code sha256sum} prints for them sorted by name ({@code <hex>  <name>\n} per file), so that
 * {@code cd corpus/dev && LC_ALL=C sha256sum *.json | sha256sum} reproduces a corpus digest.
 */
final class Hashes {
    private Hashes() {}

    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    static String of(Path file) {
        MessageDigest d = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The digest of a manifest: {@code name -> file digest}, iterated in name order. */
    static String ofManifest(SortedMap<String, String> sortedDigests) {
        StringBuilder b = new StringBuilder();
        sortedDigests.forEach((name, hex) -> b.append(hex).append("  ").append(name).append('\n'));
        return of(b.toString());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
