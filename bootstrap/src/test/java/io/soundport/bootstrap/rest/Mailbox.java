package io.soundport.bootstrap.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the local mailbox the server writes under {@code <data dir>/mailbox/}: one file per message. The server queues
 * its mail and sends it in the background, so the readers that expect a message wait for it (up to 20 s).
 */
final class Mailbox {
    private static final Duration WAIT = Duration.ofSeconds(20);
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

    /** The messages sent to this address once there are at least {@code count}, oldest first. */
    static List<String> awaitMessagesTo(Path dataDir, String email, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> messages = messagesTo(dataDir, email);
        while (messages.size() < count && System.nanoTime() < deadline) {
            pause();
            messages = messagesTo(dataDir, email);
        }
        assertThat(messages).as("messages to %s", email).hasSizeGreaterThanOrEqualTo(count);
        return messages;
    }

    /** The token of the newest verification link mailed to this address, waiting for the first one. */
    static String verificationToken(Path dataDir, String email) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<String> messages = messagesTo(dataDir, email);
            for (int i = messages.size() - 1; i >= 0; i--) {
                Matcher link = LINK.matcher(messages.get(i));
                if (link.find()) {
                    return link.group(1);
                }
            }
            assertThat(System.nanoTime()).as("a verification link mailed to %s within %s", email, WAIT)
                    .isLessThan(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
