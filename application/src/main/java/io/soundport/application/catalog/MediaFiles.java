package io.soundport.application.catalog;

import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.MediaFormat;
import io.soundport.domain.catalog.MediaInspector;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.StoredBlob;
import io.soundport.domain.shared.DomainException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The files of media assets in the {@link BlobStore}: streams an upload to a fresh key (never over an earlier file,
 * which stays until the new one is recorded), then reads its facts back from the store with the
 * {@link MediaInspector}. A file that does not start like its format is refused before anything is stored; one that
 * is not readable as its format, or that the caller's check refuses, is deleted again: a refusal leaves nothing.
 */
final class MediaFiles {
    private static final System.Logger LOG = System.getLogger(MediaFiles.class.getName());
    private final BlobStore blobs;
    private final MediaInspector inspector;
    private final IdGenerator ids;

    MediaFiles(BlobStore blobs, MediaInspector inspector, IdGenerator ids) {
        this.blobs = blobs;
        this.inspector = inspector;
        this.ids = ids;
    }

    /** A file stored and read. */
    record Stored(StoredBlob blob, MediaFacts facts) {
    }

    /** A check of the facts read, such as the artwork's least dimensions; it throws to refuse the file. */
    interface Check {
        void accept(MediaFacts facts);
    }

    Stored store(OrganizationId organization, UploadMediaCommand upload, Check check) {
        MediaFormat format = upload.format();
        Capped content = new Capped(new PushbackInputStream(upload.content(), MediaFormat.SIGNATURE_BYTES));
        requireSignature(format, content);
        String key = key(organization, upload.subject());
        StoredBlob blob;
        try {
            blob = blobs.put(key, content, upload.length(), format.contentType());
        } catch (RuntimeException e) {
            discard(key);
            if (content.exceeded) {
                throw UploadMediaCommand.tooLarge();
            }
            if (content.broken != null) {
                // the caller's body ended early or its connection dropped: nothing of it is kept
                throw DomainException.invalid("content", "could not be read to its end ("
                        + content.broken.getClass().getSimpleName() + ")");
            }
            throw e;
        }
        try {
            MediaFacts facts;
            try (InputStream stored = blobs.open(key)) {
                facts = inspector.inspect(format, stored, blob.size());
            }
            check.accept(facts);
            return new Stored(blob, facts);
        } catch (IOException e) {
            discard(key);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(key);
            throw e;
        }
    }

    /** Deletes a file no record points at any more; a failure is logged, not thrown (the record is what counts). */
    void discard(String key) {
        try {
            blobs.delete(key);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete the media file " + key + ": " + e.getMessage());
        }
    }

    private String key(OrganizationId organization, AssetSubject subject) {
        return "media/" + organization.value() + "/" + subject.kind().name().toLowerCase(Locale.ROOT) + "/"
                + subject.id() + "/" + ids.next("file");
    }

    private static void requireSignature(MediaFormat format, Capped content) {
        byte[] head = new byte[MediaFormat.SIGNATURE_BYTES];
        int read = 0;
        try {
            while (read < head.length) {
                int n = content.pushback.read(head, read, head.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            if (read > 0) {
                content.pushback.unread(head, 0, read);
            }
        } catch (IOException e) {
            throw DomainException.invalid("content", "could not be read: " + e.getMessage());
        }
        if (read == 0) {
            throw DomainException.invalid("content", "must not be empty");
        }
        if (!format.startsLike(head, read)) {
            throw DomainException.invalid("content", "is not a " + format.name() + " file, as its content type ("
                    + format.contentType() + ") says");
        }
    }

    /**
     * The upload as the store reads it: it stops past {@link UploadMediaCommand#MAX_BYTES} (a chunked upload cannot go
     * on forever) and remembers why it failed, since the store reports its failures without their cause.
     */
    private static final class Capped extends FilterInputStream {
        private final PushbackInputStream pushback;
        private long count;
        private boolean exceeded;
        private IOException broken;

        Capped(PushbackInputStream in) {
            super(in);
            this.pushback = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException e) {
                broken = e;
                throw e;
            }
            if (n > 0) {
                count += n;
                if (count > UploadMediaCommand.MAX_BYTES) {
                    exceeded = true;
                    throw new IOException("more than " + UploadMediaCommand.MAX_BYTES + " bytes");
                }
            }
            return n;
        }
    }
}
