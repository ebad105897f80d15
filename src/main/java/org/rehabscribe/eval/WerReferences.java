package org.rehabscribe.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rehabscribe.core.UserInputException;

/**
 * The WAV files under a directory paired with their reference transcripts: {@code <name>.txt}
 * beside a WAV, or else a line of a pocketsphinx-style {@code transcription} file in the WAV's
 * directory or the top directory ({@code <s> the words </s> (fileid)}, the sentence markers
 * optional), the file id being the WAV's name or its path under the top directory without
 * {@code .wav}. WAVs without a reference are listed apart.
 */
public record WerReferences(Map<Path, String> references, List<Path> unreferenced) {
    private static final Pattern LINE = Pattern.compile("^(.*?)\\s*\\(([^()\\s]+)\\)\\s*$");
    private static final Pattern MARKERS = Pattern.compile("</?s>|<sil>", Pattern.CASE_INSENSITIVE);

    public WerReferences {
        references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
        unreferenced = List.copyOf(unreferenced);
    }

    public static WerReferences scan(Path dir) throws UserInputException {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": no such directory");
        }
        List<Path> wavs;
        try (Stream<Path> s = Files.walk(dir)) {
            wavs = s.filter(p -> Files.isRegularFile(p) && isWav(p)).sorted().toList();
        } catch (IOException e) {
            throw new UserInputException(dir + ": cannot list (" + e.getMessage() + ")");
        }
        if (wavs.isEmpty()) {
            throw new UserInputException(dir + ": no .wav files");
        }
        Map<Path, Map<String, String>> transcriptions = new LinkedHashMap<>();
        Map<Path, String> refs = new LinkedHashMap<>();
        List<Path> none = new ArrayList<>();
        for (Path wav : wavs) {
            String stem = stem(wav.getFileName().toString());
            Path txt = wav.resolveSibling(stem + ".txt");
            String ref = null;
            if (Files.isRegularFile(txt)) {
                ref = read(txt);
            } else {
                String rel = stem(dir.relativize(wav).toString().replace('\\', '/'));
                for (Path d : List.of(wav.getParent(), dir)) {
                    Map<String, String> t = transcriptions.computeIfAbsent(d, WerReferences::transcription);
                    ref = t.getOrDefault(stem, t.get(rel));
                    if (ref != null) {
                        break;
                    }
                }
            }
            if (ref == null) {
                none.add(wav);
            } else {
                refs.put(wav, ref);
            }
        }
        return new WerReferences(refs, none);
    }

    /** {@code fileid -> words} of {@code dir/transcription}; empty when there is none. */
    private static Map<String, String> transcription(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        Path file = dir.resolve("transcription");
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher m = LINE.matcher(line.strip());
                if (m.matches()) {
                    out.put(m.group(2), MARKERS.matcher(m.group(1)).replaceAll(" ").strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        return out;
    }

    private static String read(Path txt) throws UserInputException {
        try {
            return Files.readString(txt).strip();
        } catch (IOException e) {
            throw new UserInputException(txt + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static boolean isWav(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav");
    }

    private static String stem(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".wav") ? name.substring(0, name.length() - 4) : name;
    }
}
