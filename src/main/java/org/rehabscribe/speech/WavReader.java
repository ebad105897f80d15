package org.rehabscribe.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.rehabscribe.core.UserInputException;

/**
 * Validates a WAV file completely in Java, so that nothing malformed ever reaches native code.
 *
 * <p>Accepted: RIFF/WAVE with a {@code fmt } chunk of integer PCM (format 1, or
 * WAVE_FORMAT_EXTENSIBLE with the PCM sub-format), 8 (unsigned), 16, 24 or 32-bit samples, 1 to
 * {@value #MAX_CHANNELS} channels, 8000 to 192000 Hz, and a {@code data} chunk holding at least
 * one whole frame. Other chunks (LIST, fact, cue ...) are skipped, in any order.
 *
 * <p>Truncated data: when the data chunk declares more bytes than the file holds, the whole
 * frames present are used and {@link WavFormat#truncated()} says so. Recorders that are killed
 * mid-write, and streaming writers that put 0xFFFFFFFF as the size, produce such files and their
 * audio is still worth transcribing; a trailing partial frame is dropped.
 *
 * <p>Every rejection is a {@link UserInputException} whose message is one line: the file, a
 * colon, and what is wrong with it. Stateless and thread-safe.
 */
public final class WavReader {
    public static final int MIN_SAMPLE_RATE = 8_000;
    public static final int MAX_SAMPLE_RATE = 192_000;
    public static final int MAX_CHANNELS = 32;

    private static final int FORMAT_PCM = 0x0001;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    /** Bytes 2..15 of every KSDATAFORMAT_SUBTYPE_* GUID; bytes 0..1 carry the format code. */
    private static final byte[] SUBFORMAT_GUID_TAIL = {
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00,
        0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};
    private static final String CONVERT_HINT = "convert it with: sox IN -r 16000 -c 1 -b 16 OUT.wav";

    private WavReader() {}

    /** Opens {@code file} for recognition: validates it, then streams 16 kHz mono 16-bit samples. */
    public static SpeechAudio open(Path file) throws UserInputException {
        return SpeechAudio.open(inspect(file));
    }

    /** Validates the header and chunk layout of {@code file} without reading the samples. */
    public static WavFormat inspect(Path file) throws UserInputException {
        if (Files.isDirectory(file)) {
            throw bad(file, "is a directory, not a WAV file");
        }
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            return parse(file, ch);
        } catch (NoSuchFileException e) {
            throw bad(file, "no such file");
        } catch (AccessDeniedException e) {
            throw bad(file, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static WavFormat parse(Path file, SeekableByteChannel ch) throws IOException, UserInputException {
        long size = ch.size();
        if (size == 0) {
            throw bad(file, "empty file (0 bytes), not a WAV recording");
        }
        ByteBuffer riff = read(ch, 0, 12);
        String magic = riff.remaining() >= 4 ? fourCc(riff, 0) : "";
        if (riff.remaining() < 12) {
            throw bad(file, magic.equals("RIFF")
                    ? "truncated WAV header (" + size + " bytes)"
                    : "not a WAV file (no RIFF/WAVE header)");
        }
        switch (magic) {
            case "RIFF" -> { }
            case "RIFX" -> throw bad(file, "big-endian WAV (RIFX) is not supported; " + CONVERT_HINT);
            case "RF64" -> throw bad(file, "RF64 WAV is not supported; " + CONVERT_HINT);
            default -> throw bad(file, "not a WAV file (no RIFF/WAVE header)");
        }
        if (!fourCc(riff, 8).equals("WAVE")) {
            throw bad(file, "not a WAV file (RIFF type is '" + printable(fourCc(riff, 8)) + "', not WAVE)");
        }

        Fmt fmt = null;
        long dataOffset = -1;
        long declaredData = 0;
        long pos = 12;
        while (pos + 8 <= size) {
            ByteBuffer header = read(ch, pos, 8);
            String id = fourCc(header, 0);
            long chunkSize = Integer.toUnsignedLong(header.getInt(4));
            long body = pos + 8;
            if (id.equals("fmt ") && fmt == null) {
                if (body + chunkSize > size) {
                    throw bad(file, "truncated WAV header (fmt chunk cut off)");
                }
                fmt = parseFmt(file, read(ch, body, (int) Math.min(chunkSize, 64)), chunkSize);
            } else if (id.equals("data") && dataOffset < 0) {
                dataOffset = body;
                declaredData = chunkSize;
                if (fmt != null) {
                    break; // everything needed is known; the data may run to the end of the file
                }
            }
            pos = body + chunkSize + (chunkSize & 1); // chunks are padded to even length
        }
        if (fmt == null) {
            throw bad(file, size < 44 ? "truncated WAV header (" + size + " bytes, no fmt chunk)" : "no fmt chunk");
        }
        if (dataOffset < 0) {
            throw bad(file, "no data chunk (no audio samples)");
        }
        long present = Math.max(0, size - dataOffset);
        long usable = Math.min(declaredData, present);
        int frameBytes = fmt.channels * (fmt.bits / 8);
        long frames = usable / frameBytes;
        if (frames == 0) {
            throw bad(file, declaredData == 0
                    ? "no audio samples (data chunk is empty)"
                    : "no audio samples (data chunk declares " + declaredData + " bytes but the file ends after "
                            + present + ")");
        }
        return new WavFormat(file, fmt.rate, fmt.channels, fmt.bits, dataOffset, frames, declaredData,
                declaredData > present);
    }

    private record Fmt(int channels, int rate, int bits) {}

    private static Fmt parseFmt(Path file, ByteBuffer b, long chunkSize) throws UserInputException {
        if (chunkSize < 16) {
            throw bad(file, "malformed fmt chunk (" + chunkSize + " bytes, at least 16 expected)");
        }
        int tag = Short.toUnsignedInt(b.getShort(0));
        int channels = Short.toUnsignedInt(b.getShort(2));
        long rate = Integer.toUnsignedLong(b.getInt(4));
        int blockAlign = Short.toUnsignedInt(b.getShort(12));
        int bits = Short.toUnsignedInt(b.getShort(14));
        if (tag == FORMAT_EXTENSIBLE) {
            if (chunkSize < 40) {
                throw bad(file, "malformed WAVE_FORMAT_EXTENSIBLE fmt chunk (" + chunkSize + " bytes, 40 expected)");
            }
            int subformat = Short.toUnsignedInt(b.getShort(24));
            for (int i = 0; i < SUBFORMAT_GUID_TAIL.length; i++) {
                if (b.get(26 + i) != SUBFORMAT_GUID_TAIL[i]) {
                    throw bad(file, "unsupported encoding (WAVE_FORMAT_EXTENSIBLE with an unknown sub-format); "
                            + CONVERT_HINT);
                }
            }
            tag = subformat;
        }
        if (tag != FORMAT_PCM) {
            throw bad(file, "unsupported encoding: " + encodingName(tag) + " (integer PCM expected); " + CONVERT_HINT);
        }
        if (channels == 0 || channels > MAX_CHANNELS) {
            throw bad(file, "unsupported channel count " + channels + " (1 to " + MAX_CHANNELS + " expected)");
        }
        if (bits != 8 && bits != 16 && bits != 24 && bits != 32) {
            throw bad(file, "unsupported sample size of " + bits + " bits (8, 16, 24 or 32 expected); " + CONVERT_HINT);
        }
        if (rate < MIN_SAMPLE_RATE || rate > MAX_SAMPLE_RATE) {
            throw bad(file, "unsupported sample rate " + rate + " Hz (" + MIN_SAMPLE_RATE + " to " + MAX_SAMPLE_RATE
                    + " Hz expected)");
        }
        int expectedAlign = channels * (bits / 8);
        if (blockAlign != expectedAlign) {
            throw bad(file, "inconsistent fmt chunk (block align " + blockAlign + ", but " + channels + " channels of "
                    + bits + " bits need " + expectedAlign + ")");
        }
        return new Fmt(channels, (int) rate, bits);
    }

    private static String encodingName(int tag) {
        return switch (tag) {
            case 0x0002 -> "Microsoft ADPCM";
            case 0x0003 -> "IEEE float";
            case 0x0006 -> "A-law";
            case 0x0007 -> "mu-law";
            case 0x0011 -> "IMA ADPCM";
            case 0x0031 -> "GSM 6.10";
            case 0x0050 -> "MPEG";
            case 0x0055 -> "MP3";
            default -> String.format("format tag 0x%04X", tag);
        };
    }

    /** Reads up to {@code len} bytes at {@code pos}; the buffer holds fewer at end of file. */
    private static ByteBuffer read(SeekableByteChannel ch, long pos, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        ch.position(pos);
        while (buf.hasRemaining() && ch.read(buf) >= 0) {
            // keep reading: a channel may return fewer bytes than asked
        }
        return buf.flip();
    }

    private static String fourCc(ByteBuffer b, int at) {
        byte[] id = new byte[4];
        b.get(at, id);
        return new String(id, StandardCharsets.ISO_8859_1);
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7E]", "?");
    }

    static UserInputException bad(Path file, String problem) {
        return new UserInputException(file + ": " + problem);
    }
}
