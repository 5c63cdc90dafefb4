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

    static String webhookEndpoint(String id, String url) {
        return """
                {"id":"%s","url":"%s","events":["release.created","release.submitted"],
                 "description":"Catalog sync","active":true,"disabled_reason":null,"consecutive_failures":0,
                 "previous_secret_expires_at":null,"created_at":"2026-01-05T10:00:00Z",
                 "updated_at":"2026-01-05T10:00:00Z","version":1}
                """.formatted(id, url);
    }

    static String webhookEndpointWithSecret(String id, String secret, String previousSecretExpiresAt, long version) {
        return """
                {"id":"%s","url":"https://hooks.example.com/soundport","events":["release.created","release.submitted"],
                 "description":"Catalog sync","active":true,"secret":"%s","previous_secret_expires_at":%s,
                 "created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T10:00:00Z","version":%d}
                """.formatted(id, secret, previousSecretExpiresAt == null ? "null" : "\"" + previousSecretExpiresAt + "\"",
                version);
    }

    /** A message that failed once (a timeout), then got a 500, then succeeded. */
    static String webhookMessage(String id, String endpointId, String status) {
        return """
                {"id":"%s","endpoint_id":"%s","event_id":"evt_1","event_type":"release.created","status":"%s",
                 "payload":{"id":"evt_1","type":"release.created","timestamp":"2026-01-05T10:00:00Z",
                   "data":{"id":"rel_1","title":"Night Drive","territories":["US","GB"],"track_count":2,
                     "upc":null}},
                 "attempts":[
                   {"number":1,"at":"2026-01-05T10:00:01Z","status_code":null,"latency_ms":10000,
                    "error":"timed out after 10 s"},
                   {"number":2,"at":"2026-01-05T10:00:06Z","status_code":500,"latency_ms":120,"error":"HTTP 500"},
                   {"number":3,"at":"2026-01-05T10:05:06Z","status_code":204,"latency_ms":85,"error":null}],
                 "next_attempt_at":null,"created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T10:05:06Z"}
                """.formatted(id, endpointId, status);
    }

    static String partner(String id, String name, String protocol, String endpoint, boolean hasCredentials) {
        return """
                {"id":"%s","name":"%s","protocol":"%s","endpoint":"%s","territories":["WORLD"],"active":true,
                 "has_credentials":%s,"dpid":"PADPIDA2011072101T","test":true,"takedown":"purge","created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T10:00:00Z",
                 "version":1}
                """.formatted(id, name, protocol, endpoint, hasCredentials);
    }

    /** A delivery that got a 500, then went through with the partner's reference. */
    static String delivery(String id, String partnerId, String status) {
        return """
                {"id":"%s","release_id":"rel_1","partner_id":"%s","kind":"DELIVERY","status":"%s",
                 "attempts":[
                   {"number":1,"at":"2026-01-05T10:00:01Z","succeeded":false,"error":"HTTP 500",
                    "partner_reference":null,"duration_ms":120},
                   {"number":2,"at":"2026-01-05T10:00:31Z","succeeded":true,"error":null,
                    "partner_reference":"ext-123","duration_ms":85}],
                 "partner_reference":"ext-123","next_attempt_at":null,"created_at":"2026-01-05T10:00:00Z",
                 "updated_at":"2026-01-05T10:00:31Z","version":1}
                """.formatted(id, partnerId, status);
    }

    static String queuedDelivery(String id, String partnerId) {
        return """
                {"id":"%s","release_id":"rel_1","partner_id":"%s","kind":"DELIVERY","status":"QUEUED","attempts":[],
                 "partner_reference":null,"next_attempt_at":"2026-01-05T10:00:00Z",
                 "created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T10:00:00Z","version":1}
                """.formatted(id, partnerId);
    }

    static String workflowRule(String id) {
        return """
                {"id":"%s","name":"Deliver synthwave","trigger":"release.submitted",
                 "conditions":[{"field":"release.genre","op":"eq","value":"Synthwave"},
                   {"field":"release.track_count","op":"gt","value":1},
                   {"field":"release.territories","op":"contains","value":"US"}],
                 "actions":[{"type":"deliver","partner_ids":["ptn_1","ptn_2"]},
                   {"type":"notify","channel":"email","to":"ops@example.com","subject":"{{release.title}} is out"}],
                 "enabled":true,"created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T10:00:00Z","version":1}
                """.formatted(id);
    }

    static String workflowExecution(String id, String ruleId, String status) {
        return """
                {"id":"%s","rule_id":"%s","event_id":"evt_1","event_type":"release.submitted","status":"%s",
                 "outcomes":[{"type":"deliver","succeeded":true,"detail":"queued 2 deliveries"},
                   {"type":"notify","succeeded":false,"detail":"the notification was refused: bounced"}],
                 "depth":0,"created_at":"2026-01-05T10:00:02Z","release_id":"rel_1"}
                """.formatted(id, ruleId, status);
    }

    /** An e-mail notification filled from a template; SENT has the provider's message id, FAILED the reason. */
    static String notification(String id, String status) {
        boolean sent = status.equals("SENT");
        boolean failed = status.equals("FAILED");
        return """
                {"id":"%s","channel":"EMAIL","to":"ada@example.com","subject":"Night Drive is out",
                 "body":"Hi Ada, Night Drive is out on Friday.","template_id":"ntt_1","status":"%s","attempts":%d,
                 "provider_message_id":%s,"failure_reason":%s,"created_at":"2026-01-05T10:00:00Z",
                 "updated_at":"2026-01-05T10:00:02Z","sent_at":%s,"version":%d}
                """.formatted(id, status, sent ? 1 : failed ? 5 : 0, sent ? "\"ses-0100\"" : "null",
                failed ? "\"mailbox unavailable\"" : "null", sent ? "\"2026-01-05T10:00:02Z\"" : "null",
                sent || failed ? 2 : 1);
    }

    /** An e-mail notification template at {@code version}. */
    static String notificationTemplate(String id, String name, long version) {
        return """
                {"id":"%s","name":"%s","channel":"EMAIL","subject":"{{release.title}} is out",
                 "body":"Hi {{name}}, {{release.title}} is out on Friday.","created_at":"2026-01-05T10:00:00Z",
                 "updated_at":"2026-01-05T10:00:00Z","version":%d}
                """.formatted(id, name, version);
    }

    /** A track of The Killers' Hot Fuss as {@code /spotify/...} answers it: the album and its artists inline. */
    static String spotifyTrack(String id, String name, String isrc) {
        return """
                {"id":"%s","name":"%s","artists":[{"id":"0C0XlULifJtAgn6ZNCW2eu","name":"The Killers"}],
                 "album":{"id":"4OHNH3sDzIxnmUADXzv2kT","name":"Hot Fuss","album_type":"album",
                   "artists":[{"id":"0C0XlULifJtAgn6ZNCW2eu","name":"The Killers"}],"release_date":"2004-06-15",
                   "total_tracks":11,"image_url":"https://i.scdn.co/image/ab67616d0000b273ccdddd46119a4ff53eaf1f5d"},
                 "duration_ms":222973,"popularity":87,"explicit":false,"isrc":"%s","preview_url":null}
                """.formatted(id, name, isrc);
    }

    static String spotifyArtist(String id, String name) {
        return """
                {"id":"%s","name":"%s","genres":["alternative rock","permanent wave","rock"],"popularity":80,
                 "followers":9381455,"image_url":"https://i.scdn.co/image/ab6761610000e5eb9a0e3e4e5e5b6f0ea4a64c3c"}
                """.formatted(id, name);
    }

    /** A page as Spotify's lists are answered: {@code items} is the JSON of the data, comma-separated. */
    static String spotifyPage(String items, int total, int offset, int limit, boolean hasMore) {
        return """
                {"data":[%s],"total":%d,"offset":%d,"limit":%d,"has_more":%s}
                """.formatted(items, total, offset, limit, hasMore);
    }
}
