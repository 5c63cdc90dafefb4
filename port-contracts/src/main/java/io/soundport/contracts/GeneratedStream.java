package io.soundport.contracts;

import java.io.InputStream;

/**
 * A stream of {@code length} pseudo-random bytes made on the fly from a seed: the same seed gives the same bytes, so a
 * test can send 20 MB and check what comes back without ever holding them.
 */
public final class GeneratedStream extends InputStream {
    private final long length;
    private long state;
    private long position;

    public GeneratedStream(long length, long seed) {
        this.length = length;
        this.state = seed ^ 0x9E3779B97F4A7C15L;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            // xorshift64: cheap, and every byte depends on the seed
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            buffer[offset + i] = (byte) state;
        }
        position += n;
        return n;
    }
}
