package io.soundport.domain.shared;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {
    private static final String ULID = "01HZX3K5QW8R2V7T9YB4C6D0EF";

    @Test
    void accepts_an_id_with_its_own_prefix() {
        assertThat(ReleaseId.of("rel_" + ULID).value()).isEqualTo("rel_" + ULID);
        assertThat(TrackId.of("trk_" + ULID).toString()).isEqualTo("trk_" + ULID);
        assertThat(ArtistId.of("art_" + ULID).value()).isEqualTo("art_" + ULID);
        assertThat(OrganizationId.of("org_" + ULID).value()).isEqualTo("org_" + ULID);
        assertThat(UserId.of("usr_" + ULID).value()).isEqualTo("usr_" + ULID);
        assertThat(ApiKeyId.of("key_" + ULID).value()).isEqualTo("key_" + ULID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void rejects_blank_ids(String value) {
        assertThat(assertInvalid(() -> ReleaseId.of(value), "id").details().get(0).message())
                .isEqualTo("must not be blank");
    }

    @Test
    void rejects_an_id_of_another_kind() {
        assertInvalid(() -> ReleaseId.of("trk_" + ULID), "id");
        assertInvalid(() -> TrackId.of("rel_" + ULID), "id");
        assertInvalid(() -> UserId.of("org_" + ULID), "id");
        assertInvalid(() -> OrganizationId.of("usr_" + ULID), "id");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "rel" + ULID,               // no underscore
            "release_" + ULID,          // prefix only starts the same
            "REL_" + ULID,              // prefixes are lower case
            "rel_01HZX-3K5Q",           // punctuation
            "rel_01HZX 3K5Q",           // space
            "rel_01HZXé3K5Q",           // not ASCII
            "rel_../../etc/passwd"})
    void rejects_malformed_ids(String value) {
        assertInvalid(() -> ReleaseId.of(value), "id");
    }

    @Test
    void rejects_ids_longer_than_64_characters() {
        String sixtyFour = "rel_" + "A".repeat(60);
        assertThat(ReleaseId.of(sixtyFour).value()).hasSize(64);
        assertInvalid(() -> ReleaseId.of(sixtyFour + "A"), "id");
    }

    @Test
    void looks_like_says_whether_a_path_id_could_be_of_that_kind() {
        assertThat(Ids.looksLike("rel_" + ULID, "rel")).isTrue();
        assertThat(Ids.looksLike("trk_" + ULID, "rel")).isFalse();
        assertThat(Ids.looksLike(null, "rel")).isFalse();
    }
}
