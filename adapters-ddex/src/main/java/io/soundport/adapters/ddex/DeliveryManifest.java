package io.soundport.adapters.ddex;

import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.shared.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON manifest of a delivery package: which message it carries and, for every other file of the package (the
 * message, the media under {@code resources/}), its name (its path in the release folder), size in bytes, SHA-256 and
 * MD5 (lower-case hex), so the receiver can tell a complete package from a partial one.
 *
 * <pre>{@code
 * {"message_id":"msg_01","kind":"DELIVERY","release_id":"rel_01","upc":"036000291452",
 *  "created_at":"2025-01-02T03:04:05Z",
 *  "files":[{"name":"msg_01.xml","size":4711,"sha256":"9f86d0…","md5":"8c1f…"},
 *           {"name":"resources/036000291452_01_001.wav","size":41234567,"sha256":"…","md5":"…"}]}
 * }</pre>
 *
 * The message's checksums are computed from its bytes; a media file's are those its asset was stored with, since the
 * file itself is only read while it is sent. Files are listed by name; the same inputs give the same bytes.
 */
final class DeliveryManifest {
    /** The manifest's own name in a package. */
    static final String FILE_NAME = DeliveryPackage.MANIFEST;

    private DeliveryManifest() {
    }

    /** One file of the package as the manifest lists it. */
    record Entry(String name, long size, String sha256, String md5) {
        Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(md5, "md5");
        }

        /** A file held in memory: its checksums computed from {@code bytes}. */
        static Entry of(String name, byte[] bytes) {
            return new Entry(name, bytes.length, DeliveryManifest.sha256(bytes), DeliveryManifest.md5(bytes));
        }

        /** A stored media file at {@code name}: its size and checksums as recorded when it was stored. */
        static Entry of(String name, MediaAsset asset) {
            return new Entry(name, asset.size(), asset.sha256(), asset.md5());
        }
    }

    /** The manifest of {@code files}, listed by name, UTF-8 encoded JSON. */
    static byte[] build(String messageId, DeliveryKind kind, Release release, List<Entry> files, Instant now) {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(now, "now");
        List<Object> listed = new ArrayList<>();
        for (Entry entry : entries(files)) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", entry.name());
            file.put("size", entry.size());
            file.put("sha256", entry.sha256());
            file.put("md5", entry.md5());
            listed.add(file);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("message_id", messageId);
        manifest.put("kind", kind.name());
        manifest.put("release_id", release.id().value());
        manifest.put("upc", release.upc() == null ? null : release.upc().value());
        manifest.put("created_at", now.truncatedTo(ChronoUnit.SECONDS).toString());
        manifest.put("files", listed);
        return Json.write(manifest).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code files} by name; the manifest itself is never listed, and no name twice. */
    static List<Entry> entries(List<Entry> files) {
        Objects.requireNonNull(files, "files");
        List<Entry> entries = new ArrayList<>(files.stream().filter(e -> !FILE_NAME.equals(e.name())).toList());
        entries.sort(Comparator.comparing(Entry::name));
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).name().equals(entries.get(i - 1).name())) {
                throw new IllegalArgumentException("two files named " + entries.get(i).name());
            }
        }
        return entries;
    }

    /** The SHA-256 of {@code bytes}, lower-case hex. */
    static String sha256(byte[] bytes) {
        return digest("SHA-256", bytes);
    }

    /** The MD5 of {@code bytes}, lower-case hex. */
    static String md5(byte[] bytes) {
        return digest("MD5", bytes);
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
