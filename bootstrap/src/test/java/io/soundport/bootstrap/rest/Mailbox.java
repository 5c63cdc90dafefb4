package io.soundport.bootstrap.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the local mailbox the server writes under {@code <data dir>/mailbox/}: one file per message. */
final class Mailbox {
    private static final Pattern LINK = Pattern.compile("/auth/verify-email/([A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    /** The messages sent to this address, oldest first, each as its whole text (headers and body). */
    static List<String> messagesTo(Path dataDir, String email) {
        Path mailbox = dataDir.resolve("mailbox");
        if (!Files.isDirectory(mailbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(mailbox)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted()
                    .map(Mailbox::read)
                    .filter(text -> text.lines().anyMatch(line -> line.equalsIgnoreCase("To: " + email)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token of the newest verification link mailed to this address. */
    static String verificationToken(Path dataDir, String email) {
        List<String> messages = messagesTo(dataDir, email);
        assertThat(messages).as("messages to %s", email).isNotEmpty();
        Matcher link = LINK.matcher(messages.get(messages.size() - 1));
        assertThat(link.find()).as("a verification link in the newest message to %s", email).isTrue();
        return link.group(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
