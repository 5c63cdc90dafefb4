package io.soundport.adapters.ddex;

import io.soundport.domain.catalog.Release;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.shared.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The JSON manifest of a delivery package: which message it carries and, for every other file of the package, its
 * name, size in bytes and SHA-256 (lower-case hex), so the receiver can tell a complete package from a partial one.
 *
 * <pre>{@code
 * {"message_id":"msg_01","kind":"DELIVERY","release_id":"rel_01","upc":"036000291452",
 *  "created_at":"2025-01-02T03:04:05Z",
 *  "files":[{"name":"msg_01.xml","size":4711,"sha256":"9f86d0…"}]}
 * }</pre>
 *
 * Files are listed by name; the same inputs give the same bytes.
 */
final class DeliveryManifest {
    /** The manifest's own name in a package. */
    static final String FILE_NAME = "manifest.json";

    private DeliveryManifest() {
    }

    /** One file of the package as the manifest lists it. */
    record Entry(String name, long size, String sha256) {
    }

    /** The manifest of {@code files} (by name), UTF-8 encoded JSON. */
    static byte[] build(String messageId, DeliveryKind kind, Release release, Map<String, byte[]> files,
                        Instant now) {
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

    /** The entries of {@code files}, by name; the manifest itself is never listed. */
    static List<Entry> entries(Map<String, byte[]> files) {
        Objects.requireNonNull(files, "files");
        List<Entry> entries = new ArrayList<>();
        new TreeMap<>(files).forEach((name, bytes) -> {
            if (!FILE_NAME.equals(name)) {
                entries.add(new Entry(name, bytes.length, sha256(bytes)));
            }
        });
        return entries;
    }

    /** The SHA-256 of {@code bytes}, lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
