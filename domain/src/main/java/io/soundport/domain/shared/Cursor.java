package io.soundport.domain.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Keyset position in a list ordered newest first: the creation time and id of the last item seen.
 * Callers only ever see it encoded, as an opaque string.
 */
public record Cursor(Instant createdAt, String id) {
    public Cursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            int dot = raw.indexOf('.');
            if (bar < 0 || dot < 0 || dot > bar || bar == raw.length() - 1) {
                throw new IllegalArgumentException();
            }
            long seconds = Long.parseLong(raw.substring(0, dot));
            int nanos = Integer.parseInt(raw.substring(dot + 1, bar));
            return new Cursor(Instant.ofEpochSecond(seconds, nanos), raw.substring(bar + 1));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw DomainException.invalid("cursor", "is not a cursor this API handed out");
        }
    }
}
