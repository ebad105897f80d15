package org.rehabscribe.speech;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.rehabscribe.core.UserInputException;

/**
 * A validated recording, read as 16 kHz mono 16-bit samples, the recogniser's native input.
 * Channels are averaged, the sample size converted and the rate changed by {@link Resampler}
 * chunk by chunk, so memory stays the same whatever the length of the recording.
 *
 * <p>Obtain one from {@link WavReader#open}. Lifecycle: {@link #read} until it returns -1, then
 * {@link #close} (safe to call more than once). Not thread-safe: one reader at a time.
 */
public final class SpeechAudio implements Closeable {
    /** The sample rate of what {@link #read} returns. */
    public static final int SAMPLE_RATE = 16_000;
    private static final int CHUNK_FRAMES = 4096;

    private final WavFormat format;
    private final InputStream in;
    private final PcmDecoder decoder;
    private final Resampler resampler; // null when the input is already 16 kHz
    private final byte[] raw;
    private final float[] mono;
    private final float[] converted;
    private long framesLeft;
    private int pendingPos;
    private int pendingLen;
    private boolean ended;

    private SpeechAudio(WavFormat format, InputStream in) {
        this.format = format;
        this.in = in;
        this.decoder = new PcmDecoder(format.channels(), format.bitsPerSample());
        this.resampler = format.sampleRate() == SAMPLE_RATE ? null : new Resampler(format.sampleRate(), SAMPLE_RATE);
        this.raw = new byte[CHUNK_FRAMES * format.frameBytes()];
        this.mono = new float[CHUNK_FRAMES];
        this.converted = new float[resampler == null ? CHUNK_FRAMES : resampler.maxOutput(CHUNK_FRAMES)];
        this.framesLeft = format.frames();
    }

    static SpeechAudio open(WavFormat format) throws UserInputException {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(format.file()), 1 << 16);
            try {
                in.skipNBytes(format.dataOffset());
            } catch (IOException e) {
                in.close();
                throw e;
            }
            return new SpeechAudio(format, in);
        } catch (IOException e) {
            throw new UserInputException(format.file() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** What was validated: the source rate, channels, sample size and length. */
    public WavFormat format() {
        return format;
    }

    /** Duration of the recording in seconds. */
    public double seconds() {
        return format.seconds();
    }

    /**
     * Fills {@code dst} with up to {@code dst.length} samples; returns how many, or -1 at the end.
     *
     * @throws UserInputException if the file cannot be read any more (changed or removed while read)
     */
    public int read(short[] dst) throws UserInputException {
        int n = 0;
        while (n < dst.length) {
            if (pendingPos == pendingLen && !refill()) {
                break;
            }
            int take = Math.min(dst.length - n, pendingLen - pendingPos);
            for (int i = 0; i < take; i++) {
                dst[n + i] = toPcm16(converted[pendingPos + i]);
            }
            pendingPos += take;
            n += take;
        }
        return n == 0 && dst.length > 0 ? -1 : n;
    }

    /** Converts the next chunk into {@code converted}; false when the stream is exhausted. */
    private boolean refill() throws UserInputException {
        pendingPos = 0;
        pendingLen = 0;
        while (pendingLen == 0) {
            if (framesLeft > 0) {
                int frames = (int) Math.min(CHUNK_FRAMES, framesLeft);
                readFully(frames * format.frameBytes());
                framesLeft -= frames;
                if (resampler == null) {
                    decoder.decode(raw, frames, converted);
                    pendingLen = frames;
                } else {
                    decoder.decode(raw, frames, mono);
                    pendingLen = resampler.process(mono, frames, converted);
                }
            } else if (resampler != null && !ended) {
                ended = true;
                pendingLen = resampler.flush(converted);
            } else {
                ended = true;
                return false;
            }
        }
        return true;
    }

    private void readFully(int bytes) throws UserInputException {
        try {
            int got = in.readNBytes(raw, 0, bytes);
            if (got < bytes) {
                throw new UserInputException(format.file() + ": file became shorter while it was read");
            }
        } catch (IOException e) {
            throw new UserInputException(format.file() + ": read failed: " + e.getMessage(), e);
        }
    }

    private static short toPcm16(float x) {
        int v = Math.round(x * 32768f);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // read-only file: a failed close loses nothing
        }
    }
}
