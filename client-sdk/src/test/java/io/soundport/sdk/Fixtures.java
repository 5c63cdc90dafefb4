package io.soundport.sdk;

/** Answers in the server's real shapes (snake_case, ISO-8601), for the WireMock tests. */
final class Fixtures {
    private Fixtures() {
    }

    static String release(String id) {
        return """
                {"id":"%s","title":"Night Drive","artist_id":"art_1","artist_name":"The Midnight",
                 "upc":"036000291452","label":"Analytical Records","release_date":"2026-12-04","genre":"Synthwave",
                 "territories":["US","GB"],"status":"DRAFT","created_at":"2026-01-05T10:00:00Z",
                 "updated_at":"2026-01-05T10:00:00Z","version":1,
                 "tracks":[{"id":"trk_1","release_id":"%s","artist_id":"art_1","title":"Sunset","isrc":"USRC17607839",
                   "duration_ms":215000,"explicit":false,"position":1,"created_at":"2026-01-05T10:00:00Z",
                   "updated_at":"2026-01-05T10:00:00Z","version":1}]}
                """.formatted(id, id);
    }

    static String error(String code, String message, String details, String requestId) {
        return """
                {"error":{"code":"%s","message":"%s","details":%s,"request_id":"%s"}}
                """.formatted(code, message, details, requestId);
    }

    static String tokens(String access, String refresh) {
        return """
                {"user":{"id":"usr_1","email":"ada@example.com","name":"Ada","email_verified":false,
                  "created_at":"2026-01-05T10:00:00Z"},
                 "organization":{"id":"org_1","name":"Analytical Records","tier":"FREE","requests_per_hour":1000,
                  "created_at":"2026-01-05T10:00:00Z"},
                 "role":"OWNER","access_token":"%s","refresh_token":"%s","token_type":"Bearer","expires_in":900,
                 "refresh_expires_at":"2026-01-12T10:00:00Z"}
                """.formatted(access, refresh);
    }

    static String profile() {
        return """
                {"user":{"id":"usr_1","email":"ada@example.com","name":"Ada","email_verified":false,
                  "created_at":"2026-01-05T10:00:00Z"},
                 "organization":{"id":"org_1","name":"Analytical Records","tier":"FREE","requests_per_hour":1000,
                  "created_at":"2026-01-05T10:00:00Z"},
                 "role":"OWNER","tier":"FREE"}
                """;
    }
}
