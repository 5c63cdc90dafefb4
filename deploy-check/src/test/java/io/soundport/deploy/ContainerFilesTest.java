package io.soundport.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.soundport.deploy.Template.list;
import static io.soundport.deploy.Template.map;
import static org.assertj.core.api.Assertions.assertThat;

/** No Docker engine runs where this is built: the Dockerfile and the compose file are checked as text. */
class ContainerFilesTest {
    private static final Path ROOT = Template.repositoryRoot();

    @Test
    void the_dockerfile_builds_the_server_and_runs_it_as_a_non_root_user_with_a_health_check() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile"));
        List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(from).hasSize(2).allSatisfy(l -> assertThat(l.split("\\s+")[1]).contains(":")
                .doesNotEndWith(":latest"));
        assertThat(lines).anyMatch(l -> l.contains("mvn -B -ntp -DskipTests package -pl bootstrap -am"))
                .anyMatch(l -> l.contains("bootstrap/target/soundport-server.jar"))
                .anyMatch(l -> l.matches("USER \\w+.*") && !l.contains("root"))
                .anyMatch(l -> l.startsWith("HEALTHCHECK"))
                .anyMatch(l -> l.contains("/health/readiness"))
                .anyMatch(l -> l.equals("EXPOSE 8080"))
                .anyMatch(l -> l.contains("SOUNDPORT_DATA_DIR=/data"))
                .anyMatch(l -> l.startsWith("VOLUME") && l.contains("\"/data\"") && l.contains("\"/tmp\""));
        // the health check's tool is installed in the runtime stage
        assertThat(String.join("\n", lines.subList(lines.indexOf(from.get(1)), lines.size())))
                .contains("install -y --no-install-recommends curl");
        assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains("**/target/", ".git/");
    }

    @Test
    void compose_runs_the_server_read_only_on_postgresql_17() throws Exception {
        Map<String, Object> compose = map(new Yaml().load(Files.readString(ROOT.resolve("deploy/compose.yaml"))));
        Map<String, Object> services = map(compose.get("services"));
        assertThat(map(services.get("postgres")).get("image")).isEqualTo("postgres:17");
        Map<String, Object> server = map(services.get("soundport"));
        assertThat(map(server.get("build"))).containsEntry("context", "..").containsEntry("dockerfile", "Dockerfile");
        assertThat(ROOT.resolve("deploy").resolve("..").resolve("Dockerfile")).exists();
        assertThat(map(server.get("environment"))).containsEntry("SOUNDPORT_PERSISTENCE", "postgres")
                .containsEntry("DATABASE_URL", "jdbc:postgresql://postgres:5432/soundport")
                .containsKeys("DATABASE_USER", "DATABASE_PASSWORD", "SOUNDPORT_DATA_DIR");
        assertThat(server.get("read_only")).isEqualTo(true);
        assertThat(list(server.get("tmpfs"))).contains("/tmp");
        assertThat(list(server.get("volumes"))).contains("data:/data");
    }
}
