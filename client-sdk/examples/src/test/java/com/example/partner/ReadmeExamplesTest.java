package com.example.partner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java example of the READMEs is a source file of this project, so that it compiles (and {@link
 * ReadmeExamplesRunTest} runs it): a {@code ```java} block declaring {@code public class Foo} must be, line for line
 * (trailing whitespace aside), {@code src/main/java/readme/Foo.java}, and every file there must be in a README.
 */
class ReadmeExamplesTest {
    /** The READMEs, relative to this project, and the part of each whose Java blocks are checked. */
    static final List<Readme> READMES = List.of(
            new Readme(Path.of("../../README.md"), "README.md", "## Java SDK"),
            new Readme(Path.of("../README.md"), "client-sdk/README.md", null));
    static final Path SOURCES = Path.of("src/main/java/readme");
    private static final Pattern TYPE = Pattern.compile(
            "^public\\s+(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)", Pattern.MULTILINE);

    /**
     * A README (its path from this project, its name from the repository's root) and the section of it (a heading
     * line, up to the next heading of that level) to take blocks from, or all of it when {@code section} is null.
     */
    record Readme(Path path, String name, String section) {
        List<Block> blocks() throws IOException {
            List<String> lines = Files.readAllLines(path);
            List<Block> blocks = new ArrayList<>();
            boolean inSection = section == null;
            String level = section == null ? null : section.substring(0, section.indexOf(' ') + 1);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (section != null && line.startsWith(level)) {
                    inSection = line.strip().equals(section);
                }
                if (inSection && line.strip().equals("```java")) {
                    int start = i + 1;
                    int end = start;
                    while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                        end++;
                    }
                    blocks.add(new Block(this, start + 1, lines.subList(start, end)));
                    i = end;
                }
            }
            return blocks;
        }

        String where() {
            return name + (section == null ? "" : " (section '" + section + "')");
        }
    }

    /** A {@code ```java} block: its README, the line of its first line of code, and its lines. */
    record Block(Readme readme, int line, List<String> code) {
        String typeName() {
            Matcher m = TYPE.matcher(String.join("\n", code));
            return m.find() ? m.group(1) : null;
        }

        String where() {
            return readme.where() + ", the java block at line " + line;
        }
    }

    @Test
    void every_java_block_of_the_readmes_is_the_source_file_of_its_class() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Readme readme : READMES) {
            for (Block block : readme.blocks()) {
                problems.addAll(check(block));
            }
        }
        assertThat(problems).as("README examples out of step with client-sdk/examples").isEmpty();
    }

    @Test
    void every_source_file_of_readme_examples_is_in_a_readme() throws IOException {
        Set<String> inReadmes = new TreeSet<>();
        for (Readme readme : READMES) {
            readme.blocks().stream().map(Block::typeName).forEach(inReadmes::add);
        }
        List<String> orphans;
        try (Stream<Path> files = Files.list(SOURCES)) {
            orphans = files.map(f -> f.getFileName().toString().replaceFirst("\\.java$", ""))
                    .filter(name -> !inReadmes.contains(name)).sorted().toList();
        }
        assertThat(orphans)
                .as("these classes of %s are in no README %s: delete them, or put them back in their README",
                        SOURCES, READMES.stream().map(Readme::where).toList())
                .isEmpty();
    }

    @Test
    void a_block_that_differs_from_its_file_is_reported_with_the_file_to_update() {
        Readme readme = new Readme(Path.of("README.md"), "README.md", null);
        Block changed = new Block(readme, 12, List.of("public class QuickStart {", "    // changed", "}"));
        Block fragment = new Block(readme, 40, List.of("Webhooks.verify(body, headers, secret);"));

        assertThat(check(changed)).singleElement().asString()
                .contains("src/main/java/readme/QuickStart.java", "line 1", "public class QuickStart {", "update");
        assertThat(check(fragment)).singleElement().asString()
                .contains("line 40", "not a whole public class");
    }

    static List<String> check(Block block) {
        String name = block.typeName();
        if (name == null) {
            return List.of(block.where() + " is not a whole public class: make it one (with its imports) so that it"
                    + " compiles in client-sdk/examples as " + SOURCES + "/<ClassName>.java");
        }
        Path file = SOURCES.resolve(name + ".java");
        if (!Files.exists(file)) {
            return List.of(block.where() + " declares " + name + ": create client-sdk/examples/" + file
                    + " with exactly the block's content");
        }
        List<String> expected = normalized(block.code());
        List<String> actual;
        try {
            actual = normalized(Files.readAllLines(file));
        } catch (IOException e) {
            return List.of("cannot read " + file + ": " + e);
        }
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String inReadme = i < expected.size() ? expected.get(i) : "<end of block>";
            String inFile = i < actual.size() ? actual.get(i) : "<end of file>";
            if (!inReadme.equals(inFile)) {
                return List.of(block.where() + " differs from client-sdk/examples/" + file + " at line " + (i + 1)
                        + " of the file:\n  README: " + inReadme + "\n  file:   " + inFile
                        + "\nupdate the file to the README (or the README to the file, and check that it compiles)");
            }
        }
        return List.of();
    }

    private static List<String> normalized(List<String> lines) {
        List<String> stripped = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!stripped.isEmpty() && stripped.get(stripped.size() - 1).isEmpty()) {
            stripped.remove(stripped.size() - 1);
        }
        return stripped;
    }
}
