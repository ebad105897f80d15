package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.core.UserInputException;

/** Validation of WAV files: every bad input is a one-line UserInputException naming the file. */
class WavReaderTest {
    @TempDir
    Path dir;

    private static final double[] SECOND_OF_TONE = TestWav.sine(440, 0.5, 16_000, 16_000);

    private String rejection(Path file) {
        UserInputException e = assertThrows(UserInputException.class, () -> WavReader.inspect(file));
        assertTrue(e.getMessage().startsWith(file + ": "), "names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path file(String name, TestWav wav) throws IOException {
        return wav.write(dir.resolve(name));
    }

    private static TestWav tone() {
        return TestWav.pcm(16_000, 1, 16).samples(SECOND_OF_TONE);
    }

    @Test
    void acceptsPlainPcm() throws Exception {
        WavFormat f = WavReader.inspect(file("ok.wav", tone()));
        assertEquals(16_000, f.sampleRate());
        assertEquals(1, f.channels());
        assertEquals(16, f.bitsPerSample());
        assertEquals(16_000, f.frames());
        assertEquals(44, f.dataOffset());
        assertFalse(f.truncated());
        assertEquals(1.0, f.seconds(), 1e-9);
    }

    @Test
    void rejectsMissingFile() {
        assertTrue(rejection(dir.resolve("nope.wav")).endsWith("no such file"));
    }

    @Test
    void rejectsDirectory() {
        assertTrue(rejection(dir).contains("is a directory"));
    }

    @Test
    void rejectsEmptyFile() throws Exception {
        assertTrue(rejection(file("empty.wav", new byte[0])).contains("empty file"));
    }

    @Test
    void rejectsTextFile() throws Exception {
        Path txt = file("note.wav", "Patient seen for gait training.".getBytes(StandardCharsets.UTF_8));
        assertTrue(rejection(txt).contains("not a WAV file"));
    }

    @Test
    void rejectsRiffThatIsNotWave() throws Exception {
        byte[] avi = tone().bytes();
        System.arraycopy("AVI ".getBytes(StandardCharsets.US_ASCII), 0, avi, 8, 4);
        assertTrue(rejection(file("movie.wav", avi)).contains("not WAVE"));
    }

    @Test
    void rejectsTruncatedHeaders() throws Exception {
        byte[] whole = tone().bytes();
        assertTrue(rejection(file("t8.wav", Arrays.copyOf(whole, 8))).contains("truncated WAV header"));
        assertTrue(rejection(file("t20.wav", Arrays.copyOf(whole, 20))).contains("truncated WAV header"));
        assertTrue(rejection(file("t30.wav", Arrays.copyOf(whole, 30))).contains("truncated WAV header"));
    }

    @Test
    void rejectsHeaderWithoutSamples() throws Exception {
        byte[] headerOnly = Arrays.copyOf(tone().bytes(), 44);
        assertTrue(rejection(file("header.wav", headerOnly)).contains("no audio samples"));
        assertTrue(rejection(file("nodata.wav", Arrays.copyOf(tone().bytes(), 36))).contains("no data chunk"));
    }

    @Test
    void rejectsEmptyDataChunk() throws Exception {
        TestWav w = TestWav.pcm(16_000, 1, 16);
        assertTrue(rejection(file("silent.wav", w)).contains("no audio samples (data chunk is empty)"));
    }

    @Test
    void rejectsDataShorterThanOneFrame() throws Exception {
        TestWav w = TestWav.pcm(16_000, 2, 24);
        w.data = new byte[5]; // one stereo 24-bit frame needs 6
        assertTrue(rejection(file("crumb.wav", w)).contains("no audio samples"));
    }

    @Test
    void rejectsCompressedAndFloatEncodingsByName() throws Exception {
        String[][] cases = {{"3", "IEEE float"}, {"6", "A-law"}, {"7", "mu-law"}, {"2", "Microsoft ADPCM"},
            {"17", "IMA ADPCM"}, {"85", "MP3"}, {"4660", "format tag 0x1234"}};
        for (String[] c : cases) {
            TestWav w = tone();
            w.formatTag = Integer.parseInt(c[0]);
            w.bits = w.formatTag == 3 ? 32 : 16;
            String message = rejection(file("enc" + c[0] + ".wav", w));
            assertTrue(message.contains("unsupported encoding: " + c[1]), message);
            assertTrue(message.contains("sox"), "says how to convert: " + message);
        }
    }

    @Test
    void rejectsExtensibleFloat() throws Exception {
        TestWav w = TestWav.pcm(48_000, 2, 32);
        w.extensible = true;
        w.formatTag = 3;
        w.data = new byte[64];
        assertTrue(rejection(file("ext-float.wav", w)).contains("IEEE float"));
    }

    @Test
    void rejectsUnsupportedSampleSizes() throws Exception {
        for (int bits : new int[] {0, 4, 12, 20, 64}) {
            TestWav w = tone();
            w.bits = bits;
            w.blockAlign = 2;
            assertTrue(rejection(file("b" + bits + ".wav", w)).contains("sample size of " + bits + " bits"));
        }
    }

    @Test
    void rejectsSampleRatesOutsideRange() throws Exception {
        for (int rate : new int[] {0, 4_000, 7_999, 192_001, 1_000_000}) {
            TestWav w = tone();
            w.sampleRate = rate;
            assertTrue(rejection(file("r" + rate + ".wav", w)).contains("unsupported sample rate " + rate + " Hz"));
        }
    }

    @Test
    void acceptsRateLimits() throws Exception {
        for (int rate : new int[] {WavReader.MIN_SAMPLE_RATE, WavReader.MAX_SAMPLE_RATE}) {
            assertEquals(rate, WavReader.inspect(file("ok" + rate + ".wav", TestWav.pcm(rate, 1, 16)
                    .samples(SECOND_OF_TONE))).sampleRate());
        }
    }

    @Test
    void rejectsZeroChannelsAndInconsistentBlockAlign() throws Exception {
        TestWav none = tone();
        none.channels = 0;
        none.blockAlign = 2;
        assertTrue(rejection(file("c0.wav", none)).contains("channel count 0"));
        TestWav misaligned = tone();
        misaligned.blockAlign = 4;
        assertTrue(rejection(file("align.wav", misaligned)).contains("block align 4"));
    }

    @Test
    void rejectsShortFmtChunk() throws Exception {
        byte[] b = tone().bytes();
        b[16] = 14; // fmt chunk size 14 < 16
        assertTrue(rejection(file("fmt14.wav", b)).contains("malformed fmt chunk"));
    }

    @Test
    void rejectsOtherRiffVariants() throws Exception {
        byte[] b = tone().bytes();
        System.arraycopy("RIFX".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
        assertTrue(rejection(file("rifx.wav", b)).contains("big-endian"));
        System.arraycopy("RF64".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
        assertTrue(rejection(file("rf64.wav", b)).contains("RF64"));
    }

    @Test
    void usesWholeFramesOfTruncatedData() throws Exception {
        TestWav w = TestWav.pcm(16_000, 2, 16);
        w.data = new byte[4 * 1000 + 3]; // 1000 stereo frames and a partial one
        w.declaredDataBytes = 4L * 16_000; // one second declared
        Path p = w.write(dir.resolve("cut.wav"));
        byte[] b = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(b, b.length - 1)); // drop the pad byte: the file ends mid-frame
        WavFormat f = WavReader.inspect(p);
        assertTrue(f.truncated());
        assertEquals(1000, f.frames());
        assertEquals(64_000, f.declaredDataBytes());
    }

    @Test
    void acceptsStreamingWriterSizeOfAllOnes() throws Exception {
        TestWav w = tone();
        w.declaredDataBytes = 0xFFFF_FFFFL;
        WavFormat f = WavReader.inspect(file("stream.wav", w));
        assertTrue(f.truncated());
        assertEquals(16_000, f.frames());
    }

    @Test
    void findsChunksInAnyOrderAndSkipsPaddedOnes() throws Exception {
        TestWav w = tone();
        w.extraChunkBeforeFmt = "INFOodd".getBytes(StandardCharsets.US_ASCII); // 7 bytes + pad
        w.dataBeforeFmt = true;
        WavFormat f = WavReader.inspect(file("order.wav", w));
        assertEquals(16_000, f.frames());
        assertEquals(12 + 8 + 8 + 8, f.dataOffset());
    }

    @Test
    void acceptsExtensiblePcm() throws Exception {
        TestWav w = TestWav.pcm(48_000, 6, 24).samples(new double[6][480]);
        w.extensible = true;
        WavFormat f = WavReader.inspect(file("ext.wav", w));
        assertEquals(6, f.channels());
        assertEquals(480, f.frames());
    }

    @Test
    void rejectsExtensibleWithUnknownSubformat() throws Exception {
        TestWav w = tone();
        w.extensible = true;
        byte[] b = w.bytes();
        b[20 + 26] ^= 0x55; // corrupt the GUID tail
        assertTrue(rejection(file("guid.wav", b)).contains("unknown sub-format"));
    }

    /**
     * Random damage to the header of a valid file: the reader either accepts it and can stream every
     * sample, or rejects it with a one-line UserInputException; it never fails any other way.
     */
    @Test
    void randomHeaderDamageNeverEscapesAsAnotherException() throws Exception {
        byte[] good = TestWav.pcm(44_100, 2, 16).samples(TestWav.sine(300, 0.3, 44_100, 2000),
                TestWav.sine(300, 0.3, 44_100, 2000)).bytes();
        Random random = new Random(42);
        Path p = dir.resolve("fuzz.wav");
        short[] buf = new short[777];
        for (int round = 0; round < 3000; round++) {
            byte[] b = good.clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                b[random.nextInt(48)] = (byte) random.nextInt(256);
            }
            int length = random.nextInt(10) == 0 ? random.nextInt(b.length) : b.length;
            Files.write(p, Arrays.copyOf(b, length));
            try (SpeechAudio audio = WavReader.open(p)) {
                long total = 0;
                int n;
                while ((n = audio.read(buf)) >= 0) {
                    total += n;
                }
                long rate = audio.format().sampleRate();
                long expected = (audio.format().frames() * 16_000 + rate - 1) / rate;
                assertEquals(expected, total, "round " + round);
            } catch (UserInputException e) {
                assertTrue(e.getMessage().startsWith(p + ": ") && !e.getMessage().contains("\n"), e.getMessage());
            }
        }
    }
}
