package io.soundport.adapters.rest.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FieldNamesTest {

    @ParameterizedTest
    @CsvSource({
            // every compound name the core uses in a validation error, and its JSON name
            "releaseDate, release_date", "artistId, artist_id", "artistName, artist_name",
            "durationMs, duration_ms", "releaseId, release_id", "partnerIds, partner_ids",
            "organizationName, organization_name", "expiresAt, expires_at", "refreshToken, refresh_token",
            "musicbrainzId, musicbrainz_id", "spotifyId, spotify_id",
            // paths with indexes
            "tracks[1].isrc, tracks[1].isrc", "tracks[2].durationMs, tracks[2].duration_ms",
            "territories[2], territories[2]", "conditions[0].field, conditions[0].field",
            "actions[1].partner_ids, actions[1].partner_ids", "[3].durationMs, [3].duration_ms"})
    void a_field_of_the_core_is_named_as_in_the_json(String domain, String json) {
        assertThat(FieldNames.wire(domain)).isEqualTo(json);
    }

    @ParameterizedTest
    @CsvSource({"title", "upc", "email", "release_id", "organization_id", "Idempotency-Key", "If-Match", "body"})
    void a_name_that_is_already_on_the_wire_stays_as_it_is(String name) {
        assertThat(FieldNames.wire(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Invalid releaseDate: must be a date such as 2026-11-27 | Invalid release_date: must be a date such as 2026-11-27",
            "Release rel_01 cannot be delivered yet: Invalid tracks[0].durationMs: is required"
                    + " | Release rel_01 cannot be delivered yet: Invalid tracks[0].duration_ms: is required",
            "Invalid Idempotency-Key: must be 1 to 255 characters | Invalid Idempotency-Key: must be 1 to 255 characters",
            "The request has 2 invalid fields | The request has 2 invalid fields"})
    void the_field_an_invalid_message_names_is_renamed_wherever_the_message_quotes_it(String core, String wire) {
        assertThat(FieldNames.inMessage(core)).isEqualTo(wire);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "give artistId or artistName | give artist_id or artist_name",
            // what the caller sent stays as sent: quoted, an id, a host, an e-mail address
            "'release.fooBar' is not an event type | 'release.fooBar' is not an event type",
            "no artist art_01AbCd in this catalog | no artist art_01AbCd in this catalog",
            "host myHost.example.com is private | host myHost.example.com is private",
            "mail someOne@example.com | mail someOne@example.com",
            "must not be blank | must not be blank"})
    void a_field_named_in_prose_is_renamed_but_nothing_the_caller_sent(String core, String wire) {
        assertThat(FieldNames.inProse(core)).isEqualTo(wire);
    }

    @Test
    void no_message_stays_no_message() {
        assertThat(FieldNames.inMessage(null)).isNull();
        assertThat(FieldNames.inProse(null)).isNull();
    }
}
