package org.rehabscribe.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds WAV files byte by byte for tests, including malformed ones. */
final class TestWav {
    int formatTag = 1;
    boolean extensible;
    int channels = 1;
    int sampleRate = 16_000;
    int bits = 16;
    Integer blockAlign; // null: consistent with channels and bits
    byte[] data = new byte[0];
    Long declaredDataBytes; // null: data.length
    boolean dataBeforeFmt;
    byte[] extraChunkBeforeFmt; // e.g. a LIST chunk, odd sized to exercise padding

    static TestWav pcm(int sampleRate, int channels, int bits) {
        TestWav w = new TestWav();
        w.sampleRate = sampleRate;
        w.channels = channels;
        w.bits = bits;
        return w;
    }

    TestWav samples(double[]... perChannel) {
        data = interleave(bits, perChannel);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        if (extraChunkBeforeFmt != null) {
            chunk(chunks, "LIST", extraChunkBeforeFmt, extraChunkBeforeFmt.length);
        }
        if (dataBeforeFmt) {
            chunk(chunks, "data", data, declared());
            chunk(chunks, "fmt ", fmt(), -1);
        } else {
            chunk(chunks, "fmt ", fmt(), -1);
            chunk(chunks, "data", data, declared());
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer out = le(12 + body.length);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put(body);
        return out.array();
    }

    Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }

    private long declared() {
        return declaredDataBytes != null ? declaredDataBytes : data.length;
    }

    private byte[] fmt() {
        int align = blockAlign != null ? blockAlign : channels * bits / 8;
        ByteBuffer b = le(extensible ? 40 : 16);
        b.putShort((short) (extensible ? 0xFFFE : formatTag)).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * align).putShort((short) align).putShort((short) bits);
        if (extensible) {
            b.putShort((short) 22).putShort((short) bits).putInt(0) // cbSize, valid bits, channel mask
                    .putShort((short) formatTag)
                    .put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        }
        return b.array();
    }

    private static void chunk(ByteArrayOutputStream out, String id, byte[] body, long declaredSize) {
        ByteBuffer h = le(8);
        h.put(id.getBytes(StandardCharsets.US_ASCII)).putInt((int) (declaredSize >= 0 ? declaredSize : body.length));
        out.writeBytes(h.array());
        out.writeBytes(body);
        if (body.length % 2 == 1) {
            out.write(0);
        }
    }

    /** Interleaves channels of samples in [-1, 1] as little-endian PCM (8-bit unsigned). */
    static byte[] interleave(int bits, double[]... perChannel) {
        int bytes = bits / 8;
        int frames = perChannel[0].length;
        ByteBuffer b = le(frames * perChannel.length * bytes);
        long full = 1L << (bits - 1);
        for (int f = 0; f < frames; f++) {
            for (double[] channel : perChannel) {
                long v = Math.max(-full, Math.min(full - 1, Math.round(channel[f] * full)));
                switch (bytes) {
                    case 1 -> b.put((byte) (v + 128));
                    case 2 -> b.putShort((short) v);
                    case 3 -> b.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
                    default -> b.putInt((int) v);
                }
            }
        }
        return b.array();
    }

    static double[] sine(double hz, double amplitude, int sampleRate, int frames) {
        double[] s = new double[frames];
        for (int i = 0; i < frames; i++) {
            s[i] = amplitude * Math.sin(2 * Math.PI * hz * i / sampleRate);
        }
        return s;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
