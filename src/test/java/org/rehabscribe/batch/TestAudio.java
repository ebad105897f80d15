package org.rehabscribe.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.rehabscribe.cli.Home;
import org.rehabscribe.speech.SpeechAudio;
import org.rehabscribe.speech.WavReader;

/**
 * Short recordings for batch tests, cut from the committed dictations in corpus/samples and
 * converted in Java (no sox needed): other sample rates, stereo, 24-bit.
 */
final class TestAudio {
    static final Path SAMPLES = Home.dir().resolve("corpus/samples");

    private TestAudio() {}

    /** The first {@code seconds} of corpus/samples/{@code id}.wav, as 16 kHz mono samples in [-1, 1]. */
    static double[] clip(String id, double seconds) throws Exception {
        int want = (int) Math.round(seconds * SpeechAudio.SAMPLE_RATE);
        double[] out = new double[want];
        int n = 0;
        try (SpeechAudio audio = WavReader.open(SAMPLES.resolve(id + ".wav"))) {
            short[] chunk = new short[4096];
            int got;
            while (n < want && (got = audio.read(chunk)) > 0) {
                for (int i = 0; i < got && n < want; i++) {
                    out[n++] = chunk[i] / 32768.0;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** 16 kHz to 8 kHz: low-pass at 3.4 kHz (windowed sinc), keep every second sample. */
    static double[] to8k(double[] x) {
        int taps = 63;
        int half = taps / 2;
        double cutoff = 3400.0 / 16000; // of the sample rate
        double[] h = new double[taps];
        double sum = 0;
        for (int i = 0; i < taps; i++) {
            int k = i - half;
            double sinc = k == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * k) / (Math.PI * k);
            double window = 0.54 - 0.46 * Math.cos(2 * Math.PI * i / (taps - 1));
            h[i] = sinc * window;
            sum += h[i];
        }
        double[] y = new double[x.length / 2];
        for (int j = 0; j < y.length; j++) {
            double acc = 0;
            for (int i = 0; i < taps; i++) {
                int idx = 2 * j + i - half;
                if (idx >= 0 && idx < x.length) {
                    acc += h[i] * x[idx];
                }
            }
            y[j] = acc / sum;
        }
        return y;
    }

    /** 16 kHz to {@code rate} by linear interpolation (upsampling only). */
    static double[] upsample(double[] x, int rate) {
        int n = (int) ((long) x.length * rate / SpeechAudio.SAMPLE_RATE);
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            double pos = (double) j * SpeechAudio.SAMPLE_RATE / rate;
            int i = (int) pos;
            double frac = pos - i;
            double a = x[Math.min(i, x.length - 1)];
            double b = x[Math.min(i + 1, x.length - 1)];
            y[j] = a + (b - a) * frac;
        }
        return y;
    }

    /** Writes a PCM WAV (8-bit unsigned, 16/24/32-bit signed little-endian); channels interleaved. */
    static Path write(Path file, int rate, int bits, double[]... channels) throws IOException {
        int bytes = bits / 8;
        int frames = channels[0].length;
        int dataBytes = frames * channels.length * bytes;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) channels.length).putInt(rate)
                .putInt(rate * channels.length * bytes).putShort((short) (channels.length * bytes))
                .putShort((short) bits)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        long full = 1L << (bits - 1);
        for (int f = 0; f < frames; f++) {
            for (double[] c : channels) {
                long v = Math.max(-full, Math.min(full - 1, Math.round(c[f] * full)));
                switch (bytes) {
                    case 1 -> b.put((byte) (v + 128));
                    case 2 -> b.putShort((short) v);
                    case 3 -> b.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
                    default -> b.putInt((int) v);
                }
            }
        }
        Files.createDirectories(file.getParent());
        return Files.write(file, b.array());
    }

    static double[] scaled(double[] x, double gain) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * gain;
        }
        return y;
    }
}
