package io.soundport.adapters.rest.http;

import io.soundport.application.shared.Versions;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EtagsTest {

    @Test
    void no_header_or_a_star_asks_for_no_particular_version() {
        assertThat(Etags.expectedVersion(null)).isNull();
        assertThat(Etags.expectedVersion("  ")).isNull();
        assertThat(Etags.expectedVersion("*")).isNull();
        assertThat(Etags.expectedVersion(" * ")).isNull();
    }

    @Test
    void a_tag_of_ours_names_its_version_weak_or_strong_quoted_or_bare() {
        assertThat(Etags.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(Etags.expectedVersion("W/\"3\"")).isEqualTo(3L);
        assertThat(Etags.expectedVersion("3")).isEqualTo(3L);
    }

    @Test
    void a_well_formed_tag_we_never_handed_out_names_no_version_so_it_never_matches() {
        assertThat(Etags.expectedVersion("\"stale-etag\"")).isEqualTo(Versions.NONE);
        assertThat(Etags.expectedVersion("\"\"")).isEqualTo(Versions.NONE);
        assertThat(Etags.expectedVersion("\"99999999999999999999999\"")).isEqualTo(Versions.NONE);
        assertThat(Etags.expectedVersion("\"a,b\", \"-1\"")).isEqualTo(Versions.NONE);
        assertThat(Etags.expectedVersion("99999999999999999999999")).isEqualTo(Versions.NONE);
    }

    @Test
    void a_list_names_the_one_version_of_ours_among_foreign_tags() {
        assertThat(Etags.expectedVersion("\"stale-etag\", \"7\"")).isEqualTo(7L);
        assertThat(Etags.expectedVersion("\"7\",\"7\"")).isEqualTo(7L);
    }

    @Test
    void two_versions_at_once_are_refused_clearly_rather_than_checked_wrongly() {
        assertInvalid("\"3\", \"4\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unterminated", "abc", "W/3", "\"3\" \"4\"", "\"a\"b\"", "\"3\",", ",\"3\"",
            "\"é\u0001\"", "\u0663"})
    void a_header_that_is_not_a_list_of_entity_tags_is_invalid_and_names_the_header(String header) {
        assertInvalid(header);
    }

    private static void assertInvalid(String header) {
        assertThatThrownBy(() -> Etags.expectedVersion(header))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("If-Match");
                });
    }
}
