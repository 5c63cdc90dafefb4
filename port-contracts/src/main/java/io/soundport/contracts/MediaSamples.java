package io.soundport.contracts;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Real media files made in the test, small enough to hold: WAV written by {@code javax.sound.sampled}, PNG and JPEG by
 * {@code ImageIO}; a FLAC read from {@code media/sine-1s.flac} (see {@code media/README.md} for how it was made);
 * and a WAV of any length as a stream (its header, then generated samples), for uploads too large to hold.
 */
public final class MediaSamples {
    private MediaSamples() {
    }

    /** A 16-bit PCM WAV of a quiet tone. */
    public static byte[] wav(int sampleRate, int channels, long durationMs) {
        AudioFormat format = new AudioFormat(sampleRate, 16, channels, true, false);
        long frames = sampleRate * durationMs / 1000;
        byte[] pcm = new byte[(int) (frames * format.getFrameSize())];
        for (long f = 0; f < frames; f++) {
            short sample = (short) (Math.sin(2 * Math.PI * 440 * f / sampleRate) * 3000);
            for (int c = 0; c < channels; c++) {
                int at = (int) (f * format.getFrameSize() + c * 2);
                pcm[at] = (byte) sample;
                pcm[at + 1] = (byte) (sample >> 8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, frames),
                    AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A 16-bit stereo 44.1 kHz WAV of {@code size} bytes in all, as a stream: the 44-byte header, then generated
     * samples (noise); nothing is held. {@link #wavDurationMs} says how long it lasts.
     */
    public static InputStream wavStream(long size, long seed) {
        long data = size - 44;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (size - 8))
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 2).putInt(44_100).putInt(44_100 * 4).putShort((short) 4)
                .putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) data);
        return new SequenceInputStream(new ByteArrayInputStream(header.array()), new GeneratedStream(data, seed));
    }

    /** How long a {@link #wavStream} of {@code size} bytes lasts, in milliseconds. */
    public static long wavDurationMs(long size) {
        return (size - 44) / 4 * 1000 / 44_100;
    }

    public static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    public static byte[] jpeg(int width, int height) {
        return image(width, height, "jpeg");
    }

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d, 0xb9, 0x54));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real FLAC: one second of a 440 Hz tone, 44.1 kHz, 16 bits, stereo (see media/README.md). */
    public static byte[] flac() {
        try (InputStream in = MediaSamples.class.getResourceAsStream("/media/sine-1s.flac")) {
            if (in == null) {
                throw new IllegalStateException("media/sine-1s.flac is missing from port-contracts' resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
