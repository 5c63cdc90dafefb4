package io.soundport.adapters.dynamodb;

import io.soundport.domain.shared.Cursor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Key attribute names and the shapes of key values. Every table is keyed by {@code pk} (and {@code sk} where it has
 * one); the entities table overloads them: {@code ORG#<id>}, {@code USER#<id>}, ... (see the module README).
 */
final class Keys {
    static final String PK = "pk";
    static final String SK = "sk";
    static final String LSI1 = "lsi1";
    static final String LSI2 = "lsi2";
    static final String LSI3 = "lsi3";
    static final String GSI1_PK = "g1pk";
    static final String GSI1_SK = "g1sk";

    /** Keeps sortable timestamps non-negative for any instant after the year -1200 or so. */
    private static final long SECONDS_OFFSET = 100_000_000_000L;

    private Keys() {
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }

    static Map<String, AttributeValue> key(String pk) {
        return Map.of(PK, AttributeValue.fromS(pk));
    }

    /** A fixed-width string that sorts like the instant it encodes, down to the nanosecond. */
    static String time(Instant instant) {
        long seconds = instant.getEpochSecond() + SECONDS_OFFSET;
        if (seconds < 0) {
            throw new IllegalArgumentException("Instant too far in the past to be stored: " + instant);
        }
        return String.format(Locale.ROOT, "%013d%09d", seconds, instant.getNano());
    }

    /** The instant back from {@link #time(Instant)}. */
    static Instant instant(String time) {
        if (time == null || time.length() != 22) {
            throw new IllegalStateException("Not a stored time: " + time);
        }
        return Instant.ofEpochSecond(Long.parseLong(time.substring(0, 13)) - SECONDS_OFFSET,
                Integer.parseInt(time.substring(13)));
    }

    /** The sort-key suffix of an item listed newest first: its creation time, then its id. */
    static String newestFirst(Instant createdAt, String id) {
        return time(createdAt) + "#" + id;
    }

    static String after(Cursor cursor) {
        return newestFirst(cursor.createdAt(), cursor.id());
    }

    /** A fixed-length stand-in for free text in a key, so that any name fits and no character is special. */
    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String org(String organizationId) {
        return "ORG#" + organizationId;
    }
}
