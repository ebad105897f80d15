package org.rehabscribe.speech;

import java.nio.file.Path;

/**
 * The layout of a WAV file that {@link WavReader} has validated: integer PCM, 8/16/24/32 bits,
 * little-endian, {@code channels} interleaved, {@code frames} whole frames starting at byte
 * {@code dataOffset}.
 *
 * <p>{@code truncated} is true when the data chunk declares more bytes than the file holds (a
 * recording cut off, or a streaming writer that never filled in the size): the reader then uses
 * the whole frames that are present and drops a trailing partial frame.
 */
public record WavFormat(
        Path file, int sampleRate, int channels, int bitsPerSample, long dataOffset, long frames,
        long declaredDataBytes, boolean truncated) {

    /** Bytes in one frame: one sample for every channel. */
    public int frameBytes() {
        return channels * (bitsPerSample / 8);
    }

    /** Duration of the audio present, in seconds. */
    public double seconds() {
        return (double) frames / sampleRate;
    }
}
