package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.core.UserInputException;

/**
 * Conversion of every accepted layout to 16 kHz mono 16-bit: output length, and content checked
 * against the ideal sine sampled at 16 kHz (the resampler has no delay, so phase is preserved).
 */
class AudioConversionTest {
    private static final int OUT_RATE = SpeechAudio.SAMPLE_RATE;

    @TempDir
    Path dir;

    static short[] readAll(Path wav, int bufferSize) throws UserInputException {
        try (SpeechAudio audio = WavReader.open(wav)) {
            short[] all = new short[0];
            short[] buf = new short[bufferSize];
            int n;
            while ((n = audio.read(buf)) >= 0) {
                all = Arrays.copyOf(all, all.length + n);
                System.arraycopy(buf, 0, all, all.length - n, n);
            }
            return all;
        }
    }

    private static long expectedLength(long frames, int rate) {
        return (frames * OUT_RATE + rate - 1) / rate;
    }

    /** Largest difference from amplitude*sin(2 pi hz t), in full-scale units, away from the edges. */
    private static double maxErrorFromSine(short[] out, double hz, double amplitude) {
        double worst = 0;
        for (int n = OUT_RATE / 20; n < out.length - OUT_RATE / 20; n++) {
            double ideal = amplitude * Math.sin(2 * Math.PI * hz * n / OUT_RATE);
            worst = Math.max(worst, Math.abs(out[n] / 32768.0 - ideal));
        }
        return worst;
    }

    /** Frequency from the first and last rising zero crossings (linearly interpolated). */
    static double frequency(short[] s, int rate) {
        double first = -1;
        double last = -1;
        int crossings = 0;
        for (int i = rate / 20; i + 1 < s.length - rate / 20; i++) {
            if (s[i] < 0 && s[i + 1] >= 0) {
                double t = i + (double) -s[i] / (s[i + 1] - s[i]);
                if (first < 0) {
                    first = t;
                } else {
                    last = t;
                    crossings++;
                }
            }
        }
        return crossings * rate / (last - first);
    }

    static double rms(short[] s) {
        double sum = 0;
        for (int i = OUT_RATE / 20; i < s.length - OUT_RATE / 20; i++) {
            sum += (s[i] / 32768.0) * (s[i] / 32768.0);
        }
        return Math.sqrt(sum / (s.length - OUT_RATE / 10));
    }

    private Path sineWav(String name, int rate, int channels, int bits, double hz, double amplitude, int frames)
            throws Exception {
        double[][] ch = new double[channels][];
        Arrays.fill(ch, TestWav.sine(hz, amplitude, rate, frames));
        return TestWav.pcm(rate, channels, bits).samples(ch).write(dir.resolve(name));
    }

    private void assertSinePreserved(Path wav, int rate, int frames, double hz, double amplitude, double maxError)
            throws Exception {
        short[] out = readAll(wav, 4000);
        assertEquals(expectedLength(frames, rate), out.length, "length");
        assertEquals(hz, frequency(out, OUT_RATE), hz * 1e-3, "frequency");
        assertEquals(amplitude / Math.sqrt(2), rms(out), amplitude * 0.01, "rms");
        double error = maxErrorFromSine(out, hz, amplitude);
        assertTrue(error < maxError, "max error from the ideal sine " + error);
    }

    @Test
    void passesSixteenKilohertzMonoThroughUnchanged() throws Exception {
        Random random = new Random(7);
        double[] noise = new double[12_345];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextInt(65_536) / 32768.0 - 1;
        }
        Path wav = TestWav.pcm(16_000, 1, 16).samples(noise).write(dir.resolve("same.wav"));
        short[] out = readAll(wav, 1000);
        short[] expected = new short[noise.length];
        for (int i = 0; i < noise.length; i++) {
            expected[i] = (short) Math.round(noise[i] * 32768);
        }
        assertArrayEquals(expected, out);
    }

    @Test
    void upsamplesEightKilohertzTelephoneAudio() throws Exception {
        assertSinePreserved(sineWav("8k.wav", 8_000, 1, 16, 440, 0.5, 8_000), 8_000, 8_000, 440, 0.5, 0.002);
        assertSinePreserved(sineWav("8k-hi.wav", 8_000, 1, 16, 3_000, 0.5, 8_000), 8_000, 8_000, 3_000, 0.5, 0.01);
    }

    @Test
    void downsamplesCdStereo() throws Exception {
        assertSinePreserved(sineWav("cd.wav", 44_100, 2, 16, 1_000, 0.5, 44_100), 44_100, 44_100, 1_000, 0.5, 0.002);
    }

    @Test
    void converts24BitAt48Kilohertz() throws Exception {
        assertSinePreserved(sineWav("24.wav", 48_000, 1, 24, 3_000, 0.8, 24_000), 48_000, 24_000, 3_000, 0.8, 0.002);
    }

    @Test
    void converts32BitAt22050() throws Exception {
        assertSinePreserved(sineWav("32.wav", 22_050, 2, 32, 700, 0.25, 22_050), 22_050, 22_050, 700, 0.25, 0.002);
    }

    @Test
    void converts8BitUnsignedAt11025() throws Exception {
        // 8-bit quantisation alone is 1/256 of full scale
        assertSinePreserved(sineWav("8bit.wav", 11_025, 1, 8, 500, 0.5, 11_025), 11_025, 11_025, 500, 0.5, 0.02);
    }

    @Test
    void convertsExtensibleMultichannel() throws Exception {
        double[][] six = new double[6][];
        Arrays.fill(six, TestWav.sine(250, 0.4, 96_000, 96_000));
        TestWav w = TestWav.pcm(96_000, 6, 24).samples(six);
        w.extensible = true;
        assertSinePreserved(w.write(dir.resolve("5.1.wav")), 96_000, 96_000, 250, 0.4, 0.002);
    }

    @Test
    void averagesChannels() throws Exception {
        double[] left = TestWav.sine(1_000, 0.5, 44_100, 4_410);
        double[] right = Arrays.stream(left).map(x -> -x).toArray();
        short[] out = readAll(TestWav.pcm(44_100, 2, 16).samples(left, right).write(dir.resolve("cancel.wav")), 512);
        assertEquals(expectedLength(4_410, 44_100), out.length);
        for (short s : out) {
            assertTrue(Math.abs(s) <= 1, "opposite channels cancel: " + s);
        }
    }

    @Test
    void removesToneAboveTheNewNyquistFrequency() throws Exception {
        // 12 kHz fits 44.1 kHz but would alias to 4 kHz at 16 kHz: it must be filtered out
        short[] out = readAll(sineWav("alias.wav", 44_100, 1, 16, 12_000, 0.9, 44_100), 4096);
        assertTrue(rms(out) < 0.9 * 1e-3, "aliased energy " + rms(out)); // at least 60 dB down
    }

    @Test
    void outputDoesNotDependOnReadSize() throws Exception {
        Random random = new Random(3);
        double[] noise = random.doubles(30_011, -0.5, 0.5).toArray();
        Path wav = TestWav.pcm(44_100, 1, 16).samples(noise).write(dir.resolve("noise.wav"));
        short[] reference = readAll(wav, 4096);
        assertEquals(expectedLength(30_011, 44_100), reference.length);
        for (int size : new int[] {1, 37, 160, 10_000, 100_000}) {
            assertArrayEquals(reference, readAll(wav, size), "read size " + size);
        }
    }

    @Test
    void givesExactLengthForAwkwardRates() throws Exception {
        for (int rate : new int[] {8_000, 11_025, 12_345, 22_050, 32_000, 44_100, 48_000, 88_200, 192_000}) {
            for (int frames : new int[] {1, 2, 441, 4_095, 4_096, 4_097, 50_001}) {
                Path wav = TestWav.pcm(rate, 1, 16).samples(new double[frames]).write(dir.resolve("len.wav"));
                assertEquals(expectedLength(frames, rate), readAll(wav, 4000).length, rate + " Hz, " + frames);
            }
        }
    }

    @Test
    void readsWholeFramesOfTruncatedFile() throws Exception {
        TestWav w = TestWav.pcm(8_000, 1, 16).samples(TestWav.sine(440, 0.5, 8_000, 4_000));
        w.declaredDataBytes = 16_000L; // claims one second, holds half
        short[] out = readAll(w.write(dir.resolve("half.wav")), 4000);
        assertEquals(8_000, out.length);
    }
}
