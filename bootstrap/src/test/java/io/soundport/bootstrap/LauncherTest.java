package io.soundport.bootstrap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code bin/soundport}, the README's way to start the server: the first start after a build trains the class-data
 * archive next to the jar, and that start and every later one map it; a later start does not train again. The jar
 * is this module's classes with the test classpath in its manifest (the shaded jar is made after the tests).
 */
@Tag("alone")
class LauncherTest {
    private static final String TRAINING = "making the class-data archive";
    /** The servers run on memory, to be quick; the training run is on the embedded default whatever they run on. */
    private static final Map<String, String> MEMORY = Map.of("SOUNDPORT_PERSISTENCE", "memory");

    @Test
    void the_first_start_after_a_build_makes_the_class_data_archive_and_every_start_maps_it(@TempDir Path dir)
            throws Exception {
        assumeThat(Path.of("/proc/self/maps")).as("Linux's /proc shows what a process maps").exists();
        Path jar = runnableJar(dir);
        Path archive = dir.resolve("soundport-server.jsa");

        try (ServerProcess first = ServerProcess.launch(data(dir, "first"), "first", jar, MEMORY)) {
            first.awaitReady();
            assertThat(first.log()).contains(TRAINING);
            assertThat(archive).isNotEmptyFile();
            assertThat(Files.readString(Path.of("/proc", Long.toString(first.pid()), "maps")))
                    .as("the server's JVM maps the archive").contains(archive.toString());
            assertThat(first.register("launcher")).isNotBlank();
        }
        try (ServerProcess second = ServerProcess.launch(data(dir, "second"), "second", jar, MEMORY)) {
            second.awaitReady();
            assertThat(second.log()).doesNotContain(TRAINING);
            assertThat(Files.readString(Path.of("/proc", Long.toString(second.pid()), "maps")))
                    .contains(archive.toString());
        }
    }

    private static Path data(Path dir, String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    /** This module's classes in a jar, and a jar that names it and the rest of the classpath in its manifest. */
    private static Path runnableJar(Path dir) throws IOException {
        Path classes = Path.of("target", "classes").toAbsolutePath();
        Path classesJar = dir.resolve("classes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(classesJar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(classes))::iterator) {
                // directories too: Micronaut finds its bean definitions by listing META-INF/micronaut's directories
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                boolean directory = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(directory ? name + "/" : name));
                if (!directory) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        List<String> classPath = new ArrayList<>(List.of(classesJar.toUri().toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Application.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path jar = dir.resolve("soundport-server.jar");
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }
}
