package org.rehabscribe.speech;

/**
 * Streaming band-limited resampler (windowed sinc, after J. O. Smith's "bandlimited
 * interpolation"): any input rate to any output rate, fed in chunks of any size, with memory
 * bounded by the filter length plus one chunk.
 *
 * <p>The low-pass sits at {@value #ROLLOFF} of the lower Nyquist frequency, with a Kaiser window
 * over {@value #ZERO_CROSSINGS} zero crossings each side (about 80 dB stop band), so that 44.1 or
 * 48 kHz recordings do not alias into the band the recogniser listens to, and 8 kHz telephone
 * audio is interpolated without imaging. Output sample {@code n} is the input signal at time
 * {@code n * inRate / outRate} input samples; a stream of {@code N} input samples yields
 * {@code ceil(N * outRate / inRate)} output samples.
 *
 * <p>Lifecycle: {@link #process} any number of times, then {@link #flush} once. Not thread-safe:
 * one instance per stream.
 */
final class Resampler {
    static final double ROLLOFF = 0.92;
    static final int ZERO_CROSSINGS = 32;
    private static final int TABLE_STEPS = 512; // kernel samples per zero crossing
    private static final double KAISER_BETA = 8.0;
    /** Kernel sinc(x) * kaiser(x / ZERO_CROSSINGS) at x = i / TABLE_STEPS, shared by all instances. */
    private static final float[] KERNEL = kernelTable();

    private final long inRate;
    private final long outRate;
    private final double cutoff; // relative to the input Nyquist frequency
    private final int halfWidth; // filter half-length, in input samples

    private float[] buf;
    private int bufLen;
    private long bufStart; // stream index of buf[0]
    private long inCount;
    private long outIndex;
    private boolean flushed;

    Resampler(int inRate, int outRate) {
        this.inRate = inRate;
        this.outRate = outRate;
        this.cutoff = Math.min(1.0, (double) outRate / inRate) * ROLLOFF;
        this.halfWidth = (int) Math.ceil(ZERO_CROSSINGS / cutoff);
        this.buf = new float[4 * halfWidth + 4096];
    }

    /** Upper bound on the samples one {@link #process} call of {@code inputLen} samples, or {@link #flush}, returns. */
    int maxOutput(int inputLen) {
        return (int) Math.ceil((double) (inputLen + 2 * halfWidth + 2) * outRate / inRate) + 2;
    }

    /** Consumes {@code in[0..len)}; writes the outputs now computable to {@code out}, returns their count. */
    int process(float[] in, int len, float[] out) {
        if (flushed) {
            throw new IllegalStateException("process after flush");
        }
        append(in, len);
        return produce(out, Long.MAX_VALUE);
    }

    /** Ends the stream: writes the remaining outputs (the input beyond the end counts as silence). */
    int flush(float[] out) {
        if (flushed) {
            return 0;
        }
        flushed = true;
        long total = ceilDiv(inCount * outRate, inRate);
        return produce(out, total);
    }

    private int produce(float[] out, long total) {
        int n = 0;
        boolean ending = total != Long.MAX_VALUE;
        while (outIndex < total) {
            long num = outIndex * inRate;
            long center = num / outRate;
            if (!ending && center + halfWidth >= inCount) {
                break; // the filter needs input that has not arrived yet
            }
            double frac = (double) (num % outRate) / outRate;
            out[n++] = (float) convolve(center, frac);
            outIndex++;
        }
        discardBefore(outIndex * inRate / outRate - halfWidth);
        return n;
    }

    /** The band-limited input at time {@code center + frac}, from the samples within the half-width. */
    private double convolve(long center, double frac) {
        double acc = 0;
        long first = Math.max(center - halfWidth + 1, bufStart);
        long last = Math.min(center + halfWidth, inCount - 1);
        double scale = cutoff * TABLE_STEPS;
        for (long k = first; k <= last; k++) {
            double x = Math.abs(center + frac - k) * scale;
            int i = (int) x;
            if (i >= KERNEL.length - 1) {
                continue;
            }
            double h = KERNEL[i] + (x - i) * (KERNEL[i + 1] - KERNEL[i]);
            acc += buf[(int) (k - bufStart)] * h;
        }
        return acc * cutoff;
    }

    private void append(float[] in, int len) {
        if (bufLen + len > buf.length) {
            float[] grown = new float[Math.max(buf.length * 2, bufLen + len)];
            System.arraycopy(buf, 0, grown, 0, bufLen);
            buf = grown;
        }
        System.arraycopy(in, 0, buf, bufLen, len);
        bufLen += len;
        inCount += len;
    }

    private void discardBefore(long index) {
        int drop = (int) Math.min(Math.max(0, index - bufStart), bufLen);
        if (drop > 0) {
            System.arraycopy(buf, drop, buf, 0, bufLen - drop);
            bufLen -= drop;
            bufStart += drop;
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static float[] kernelTable() {
        int n = ZERO_CROSSINGS * TABLE_STEPS;
        float[] table = new float[n + 2]; // last two stay 0 so interpolation at the edge is safe
        double norm = besselI0(KAISER_BETA);
        for (int i = 0; i <= n; i++) {
            double x = (double) i / TABLE_STEPS;
            double sinc = i == 0 ? 1.0 : Math.sin(Math.PI * x) / (Math.PI * x);
            double r = x / ZERO_CROSSINGS;
            double window = besselI0(KAISER_BETA * Math.sqrt(Math.max(0, 1 - r * r))) / norm;
            table[i] = (float) (sinc * window);
        }
        return table;
    }

    /** Modified Bessel function of the first kind, order 0 (power series; converges fast for beta < 20). */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double half = x / 2;
        for (int k = 1; k < 50; k++) {
            term *= (half / k) * (half / k);
            sum += term;
            if (term < sum * 1e-12) {
                break;
            }
        }
        return sum;
    }
}
