package io.soundport.sdk;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SoundportClientBuilderTest {

    @Test
    void build_fails_at_once_without_a_base_url() {
        assertThatThrownBy(() -> SoundportClient.builder().apiKey("k").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("base URL is required");
    }

    @Test
    void build_fails_at_once_without_credentials() {
        assertThatThrownBy(() -> SoundportClient.builder().baseUrl("http://localhost:8080").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Credentials are required");
    }

    @Test
    void build_refuses_two_kinds_of_credentials() {
        assertThatThrownBy(() -> SoundportClient.builder().baseUrl("http://localhost:8080").apiKey("k")
                .credentials("a@example.com", "pw").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one kind of credentials");
    }

    @Test
    void a_base_url_that_is_not_http_is_refused() {
        assertThatThrownBy(() -> SoundportClient.builder().baseUrl("ftp://example.com").apiKey("k").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https URL");
    }

    @Test
    void blank_credentials_and_nonsense_settings_are_refused_where_they_are_given() {
        assertThatThrownBy(() -> SoundportClient.builder().apiKey(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoundportClient.builder().tokens("a", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoundportClient.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoundportClient.builder().readTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_base_url_may_name_the_api_path_or_not_and_the_key_never_shows() {
        SoundportClient plain = SoundportClient.builder().baseUrl("https://api.example.com").apiKey("sk_secret").build();
        SoundportClient full = SoundportClient.builder().baseUrl("https://api.example.com/api/v1/").apiKey("sk_secret")
                .build();
        assertThat(plain.toString()).contains("https://api.example.com/api/v1/").doesNotContain("sk_secret");
        assertThat(full.toString()).isEqualTo(plain.toString());
    }
}
