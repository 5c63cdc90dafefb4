package io.soundport.sdk;

import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.model.CopyrightLine;
import io.soundport.sdk.param.ReleaseUpdateParams;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseUpdateParamsTest {

    @Test
    void absent_fields_are_not_sent_and_cleared_ones_are_sent_empty() throws Exception {
        ReleaseUpdateParams params = ReleaseUpdateParams.builder().title("New").artistName("FM-84").clearUpc()
                .clearReleaseDate().build();

        assertThat(Json.MAPPER.writeValueAsString(params))
                .isEqualTo("{\"title\":\"New\",\"artist_name\":\"FM-84\",\"upc\":\"\",\"release_date\":\"\"}");
    }

    @Test
    void the_p_and_c_lines_are_sent_as_objects_by_their_wire_names() throws Exception {
        ReleaseUpdateParams params = ReleaseUpdateParams.builder()
                .pLine(new CopyrightLine(2025, "Northern Lights Records")).cLine(new CopyrightLine(2024, "NL Design"))
                .build();

        assertThat(Json.MAPPER.writeValueAsString(params)).isEqualTo("{\"p_line\":{\"year\":2025,\"owner\":"
                + "\"Northern Lights Records\"},\"c_line\":{\"year\":2024,\"owner\":\"NL Design\"}}");
        assertThat(Json.MAPPER.readValue("{\"id\":\"rel_1\",\"p_line\":{\"year\":2025,\"owner\":\"O\"}}",
                io.soundport.sdk.model.Release.class).pLine()).isEqualTo(new CopyrightLine(2025, "O"));
    }

    @Test
    void setting_a_field_after_clearing_it_sets_it_and_the_other_way_round() throws Exception {
        ReleaseUpdateParams set = ReleaseUpdateParams.builder().clearGenre().genre("Jazz").build();
        ReleaseUpdateParams cleared = ReleaseUpdateParams.builder().releaseDate(LocalDate.of(2027, 1, 1))
                .clearReleaseDate().build();

        assertThat(Json.MAPPER.writeValueAsString(set)).isEqualTo("{\"genre\":\"Jazz\"}");
        assertThat(Json.MAPPER.writeValueAsString(cleared)).isEqualTo("{\"release_date\":\"\"}");
    }

    @Test
    void the_artist_is_named_one_way_only() {
        assertThatThrownBy(() -> ReleaseUpdateParams.builder().artistId("art_1").artistName("FM-84").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    }

    @Test
    void a_release_to_create_needs_an_artist_before_anything_is_sent() {
        assertThatThrownBy(() -> ReleaseCreateParams.builder().title("No artist").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("artistId or artistName");
        assertThat(ReleaseCreateParams.builder().title("By name").artistName("FM-84").build().artistName())
                .isEqualTo("FM-84");
    }
}
