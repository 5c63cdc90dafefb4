package io.soundport.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a Lambda refuses at start, before anything is opened or written, each time saying what to configure. */
class LambdaStartupTest {

    @Test
    void refuses_the_embedded_postgresql(@TempDir Path dataDir) {
        assertThatThrownBy(() -> LambdaTesting.start(dataDir, "soundport.persistence", "embedded"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("embedded PostgreSQL on AWS Lambda")
                .hasMessageContaining("SOUNDPORT_PERSISTENCE").hasMessageContaining("dynamodb");
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    @Test
    void refuses_to_start_without_a_jwt_secret(@TempDir Path dataDir) {
        assertThatThrownBy(() -> LambdaTesting.start(dataDir, "soundport.jwt.secret", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SOUNDPORT_JWT_SECRET");
        assertThat(dataDir.resolve("jwt-secret")).doesNotExist();
    }

    @Test
    void refuses_a_jwt_secret_too_short_to_sign_with() {
        assertThatThrownBy(() -> LambdaTesting.start(Path.of("/tmp"), "soundport.jwt.secret", "short"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void refuses_to_start_without_a_secrets_key(@TempDir Path dataDir) {
        assertThatThrownBy(() -> LambdaTesting.start(dataDir, "soundport.secrets.key", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SOUNDPORT_SECRETS_KEY");
        assertThat(dataDir.resolve("secrets.key")).doesNotExist();
    }
}
