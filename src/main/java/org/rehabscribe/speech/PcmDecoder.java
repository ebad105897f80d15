package org.rehabscribe.speech;

/**
 * Turns interleaved little-endian integer PCM frames into mono samples in [-1, 1), averaging the
 * channels. 8-bit WAV is unsigned (offset 128); 16, 24 and 32-bit are signed. Immutable and
 * thread-safe.
 */
final class PcmDecoder {
    private final int channels;
    private final int bytesPerSample;
    private final float scale;

    PcmDecoder(int channels, int bitsPerSample) {
        this.channels = channels;
        this.bytesPerSample = bitsPerSample / 8;
        // full scale of the format, divided by the channel count so that the sum is an average
        this.scale = (float) (1.0 / (Math.pow(2, bitsPerSample - 1) * channels));
    }

    /** Decodes {@code frames} frames of {@code raw} into {@code mono[0..frames)}. */
    void decode(byte[] raw, int frames, float[] mono) {
        int p = 0;
        for (int f = 0; f < frames; f++) {
            long sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += sample(raw, p);
                p += bytesPerSample;
            }
            mono[f] = sum * scale;
        }
    }

    private int sample(byte[] b, int p) {
        return switch (bytesPerSample) {
            case 1 -> (b[p] & 0xFF) - 128;
            case 2 -> (b[p] & 0xFF) | (b[p + 1] << 8);
            case 3 -> (b[p] & 0xFF) | ((b[p + 1] & 0xFF) << 8) | (b[p + 2] << 16);
            default -> (b[p] & 0xFF) | ((b[p + 1] & 0xFF) << 8) | ((b[p + 2] & 0xFF) << 16) | (b[p + 3] << 24);
        };
    }
}
