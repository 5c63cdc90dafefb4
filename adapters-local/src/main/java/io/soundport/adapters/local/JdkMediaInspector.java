package io.soundport.adapters.local;

import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.MediaFormat;
import io.soundport.domain.catalog.MediaInspector;
import io.soundport.domain.shared.DomainException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/**
 * Reads media facts with what the JDK has: WAV through {@code javax.sound.sampled} (the header only), JPEG and PNG
 * through {@code ImageIO} (the header up to the dimensions, cached in memory, never on disk), and FLAC from its
 * STREAMINFO block, read here: it is the 34 bytes the format requires first (RFC 9639, section 8.2), so a library
 * would add a dependency for twenty lines. Runs anywhere the JDK runs; it holds no state.
 */
public final class JdkMediaInspector implements MediaInspector {
    private static final int STREAMINFO = 0;
    private static final int STREAMINFO_LENGTH = 34;

    @Override
    public MediaFacts inspect(MediaFormat format, InputStream content, long size) {
        try {
            return switch (format) {
                case WAV -> wav(content, size);
                case FLAC -> flac(content);
                case JPEG -> image(content, "jpeg", "JPEG");
                case PNG -> image(content, "png", "PNG");
            };
        } catch (EOFException e) {
            throw unreadable(format, "it ends too early");
        } catch (IOException | UnsupportedAudioFileException e) {
            throw unreadable(format, e.getMessage());
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // a reader's own failure on a malformed file (ImageIO's readers throw more than IOException)
            throw unreadable(format, e.getMessage());
        }
    }

    private static DomainException unreadable(MediaFormat format, String why) {
        return DomainException.invalid("content", "is not a readable " + format.name() + " file"
                + (why == null || why.isBlank() ? "" : " (" + why + ")"));
    }

    private static MediaFacts wav(InputStream content, long size)
            throws IOException, UnsupportedAudioFileException {
        AudioFileFormat file = AudioSystem.getAudioFileFormat(new BufferedInputStream(content, 64 * 1024));
        if (file.getType() != AudioFileFormat.Type.WAVE) {
            throw new UnsupportedAudioFileException("not a WAVE file");
        }
        AudioFormat audio = file.getFormat();
        String codec = codec(audio.getEncoding());
        int sampleRate = Math.round(audio.getSampleRate());
        int bits = audio.getSampleSizeInBits();
        int channels = audio.getChannels();
        if (sampleRate <= 0 || bits <= 0 || channels <= 0 || audio.getFrameSize() <= 0) {
            throw new UnsupportedAudioFileException("no sample rate, sample size or channel count");
        }
        long frames = file.getFrameLength();
        if (frames == AudioSystem.NOT_SPECIFIED || frames < 0) {
            // a streamed WAV leaves its data length open: count what the file holds past its header
            frames = Math.max(0, size - 44) / audio.getFrameSize();
        }
        return new MediaFacts.Audio(codec, sampleRate, bits, channels, frames * 1000 / sampleRate);
    }

    private static String codec(AudioFormat.Encoding encoding) {
        if (AudioFormat.Encoding.PCM_SIGNED.equals(encoding) || AudioFormat.Encoding.PCM_UNSIGNED.equals(encoding)) {
            return "PCM";
        }
        if (AudioFormat.Encoding.PCM_FLOAT.equals(encoding)) {
            return "PCM_FLOAT";
        }
        throw new IllegalArgumentException("encoding " + encoding + " is not PCM");
    }

    private static MediaFacts flac(InputStream content) throws IOException {
        DataInputStream in = new DataInputStream(content);
        byte[] marker = new byte[4];
        in.readFully(marker);
        if (marker[0] != 'f' || marker[1] != 'L' || marker[2] != 'a' || marker[3] != 'C') {
            throw new IllegalArgumentException("no fLaC marker");
        }
        int header = in.readInt();
        int type = (header >>> 24) & 0x7f;
        int length = header & 0xffffff;
        if (type != STREAMINFO || length != STREAMINFO_LENGTH) {
            throw new IllegalArgumentException("the first metadata block is not a STREAMINFO");
        }
        byte[] info = new byte[STREAMINFO_LENGTH];
        in.readFully(info);
        // bytes 10..17: sample rate (20 bits), channels - 1 (3), bits per sample - 1 (5), total samples (36)
        long packed = 0;
        for (int i = 10; i < 18; i++) {
            packed = (packed << 8) | (info[i] & 0xff);
        }
        int sampleRate = (int) (packed >>> 44);
        int channels = (int) ((packed >>> 41) & 0x7) + 1;
        int bits = (int) ((packed >>> 36) & 0x1f) + 1;
        long samples = packed & 0xfffffffffL;
        if (sampleRate == 0) {
            throw new IllegalArgumentException("the sample rate is 0");
        }
        if (samples == 0) {
            throw new IllegalArgumentException("the total number of samples is unknown");
        }
        return new MediaFacts.Audio("FLAC", sampleRate, bits, channels, samples * 1000 / sampleRate);
    }

    private static MediaFacts image(InputStream content, String formatName, String codec) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("this JDK reads no " + formatName);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(content)) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("no dimensions");
            }
            return new MediaFacts.Image(codec, width, height);
        } finally {
            reader.dispose();
        }
    }
}
