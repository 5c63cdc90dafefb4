package io.soundport.domain.integrations.platform;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlatformValuesTest {
    private static List<FieldError> errors(Runnable build) {
        DomainException e = catchThrowableOfType(DomainException.class, build::run);
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        return e.details();
    }

    @Test
    void a_spotify_id_is_22_base62_characters() {
        assertThat(SpotifyId.of(" 3n3Ppam7vgaVa1iaRUc9Lp ").value()).isEqualTo("3n3Ppam7vgaVa1iaRUc9Lp");
        assertThat(errors(() -> SpotifyId.of("3n3Ppam7vgaVa1iaRUc9L"))).extracting(FieldError::field)
                .containsExactly("id");
        assertThat(errors(() -> SpotifyId.of("3n3Ppam7vgaVa1iaRUc9L-"))).hasSize(1);
        assertThat(errors(() -> SpotifyId.of("spotify:track:3n3Ppam7vgaVa1iaRUc9Lp"))).hasSize(1);
        assertThat(errors(() -> SpotifyId.of(null))).containsExactly(new FieldError("id", "must not be blank"));
    }

    @Test
    void several_ids_are_one_to_fifty_and_each_bad_one_is_named() {
        assertThat(SpotifyIds.parse("3n3Ppam7vgaVa1iaRUc9Lp, 3twNvmDtFQtAd5gMKedhLD").joined())
                .isEqualTo("3n3Ppam7vgaVa1iaRUc9Lp,3twNvmDtFQtAd5gMKedhLD");
        assertThat(errors(() -> SpotifyIds.parse("3n3Ppam7vgaVa1iaRUc9Lp,nope,,")))
                .extracting(FieldError::field).containsExactly("ids[1]", "ids[2]", "ids[3]");
        assertThat(errors(() -> new SpotifyIds(List.of()))).extracting(FieldError::field).containsExactly("ids");
        List<SpotifyId> fiftyOne = Collections.nCopies(51, SpotifyId.of("3n3Ppam7vgaVa1iaRUc9Lp"));
        assertThat(errors(() -> new SpotifyIds(fiftyOne)))
                .containsExactly(new FieldError("ids", "must name at most 50 ids"));
        assertThat(new SpotifyIds(fiftyOne.subList(0, 50)).ids()).hasSize(50);
    }

    @Test
    void a_search_defaults_to_the_first_twenty_and_names_every_fault_at_once() {
        PlatformSearch search = PlatformSearch.of(" muse ", "track, ARTIST", null, null, "se");
        assertThat(search.query()).isEqualTo("muse");
        assertThat(search.types()).containsExactlyInAnyOrder(SearchType.TRACK, SearchType.ARTIST);
        assertThat(search.limit()).isEqualTo(20);
        assertThat(search.offset()).isZero();
        assertThat(search.market()).isEqualTo(Market.of("SE"));
        assertThat(PlatformSearch.of("muse", "album", 50, 1000, "").market()).isNull();

        assertThat(errors(() -> PlatformSearch.of(" ", "song", 51, 1001, "XX"))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("query", "types", "market", "limit", "offset");
        assertThat(errors(() -> PlatformSearch.of("muse", null, 0, -1, null))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("types", "limit", "offset");
        assertThat(errors(() -> new PlatformSearch("a\nb", Set.of(SearchType.TRACK), 1, 0, null)))
                .extracting(FieldError::field).containsExactly("query");
    }

    @Test
    void a_page_request_takes_one_to_fifty_items() {
        assertThat(PlatformPageRequest.of(null, null)).isEqualTo(new PlatformPageRequest(20, 0));
        assertThat(errors(() -> PlatformPageRequest.of(51, -1))).extracting(FieldError::field)
                .containsExactly("limit", "offset");
        assertThat(PlatformPageRequest.checkedLimit(50)).isEqualTo(50);
        assertThat(errors(() -> PlatformPageRequest.checkedLimit(0))).extracting(FieldError::field)
                .containsExactly("limit");
    }

    @Test
    void a_time_range_is_read_from_its_name_and_defaults_to_medium_term() {
        assertThat(TimeRange.of("Short_Term")).isEqualTo(TimeRange.SHORT_TERM);
        assertThat(TimeRange.of(null)).isEqualTo(TimeRange.MEDIUM_TERM);
        assertThat(TimeRange.LONG_TERM.slug()).isEqualTo("long_term");
        assertThat(errors(() -> TimeRange.of("forever"))).extracting(FieldError::field).containsExactly("timeRange");
    }

    @Test
    void a_page_says_whether_more_follow() {
        assertThat(new PlatformPage<>(3, 0, 2, List.of("a", "b")).hasMore()).isTrue();
        assertThat(new PlatformPage<>(3, 2, 2, List.of("c")).hasMore()).isFalse();
    }
}
