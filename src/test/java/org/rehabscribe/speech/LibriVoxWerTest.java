package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rehabscribe.cli.Home;
import org.rehabscribe.core.Transcript;

/**
 * Word error rate on real recorded speech: the five LibriVox clips that Debian's
 * {@code pocketsphinx-testdata} package ships with their transcription. Guards against a
 * broken audio path (wrong rate, byte order, scaling) that synthetic voices might survive.
 */
class LibriVoxWerTest {
    static final Path LIBRIVOX = Path.of("/usr/share/pocketsphinx/test/data/librivox");
    static final double MAX_WER = 0.08;
    /** A line of the transcription file: {@code <s> words </s> (clip-id)}. */
    private static final Pattern LINE = Pattern.compile("^<s>(.*)</s>\\s*\\((\\S+)\\)\\s*$");

    @Test
    void werOnLibriVoxClipsIsAtMostEightPercent() throws Exception {
        Path transcription = LIBRIVOX.resolve("transcription");
        assertTrue(Files.isReadable(transcription),
                transcription + " is missing: install the Debian package pocketsphinx-testdata");
        Map<String, String> references = new LinkedHashMap<>();
        for (String line : Files.readAllLines(transcription)) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                references.put(m.group(2), m.group(1).strip());
            }
        }
        assertEquals(5, references.size(), "clips in " + transcription);

        WordErrorRate.Result total = WordErrorRate.Result.ZERO;
        try (SpeechRecognizer recognizer = SpeechRecognizer.load(Home.speechModel())) {
            for (Map.Entry<String, String> clip : references.entrySet()) {
                Transcript t = recognizer.transcribe(LIBRIVOX.resolve(clip.getKey() + ".wav"));
                WordErrorRate.Result wer = WordErrorRate.compute(clip.getValue(), t.text());
                total = total.plus(wer);
                System.out.printf("[librivox] %s: WER %5.1f%% (%d/%d)  heard: %s%n", clip.getKey(), 100 * wer.rate(),
                        wer.errors(), wer.referenceWords(), t.text());
            }
        }
        System.out.printf("[librivox] overall WER %.1f%% (%d errors / %d words)%n", 100 * total.rate(), total.errors(),
                total.referenceWords());
        assertTrue(total.rate() <= MAX_WER, "LibriVox WER " + total.rate());
    }
}
