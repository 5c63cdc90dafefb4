package io.soundport.adapters.local;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.port.Clock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local mailbox: every notification (e-mail, SMS or push) becomes one file in a folder, for a developer to read
 * instead of a real provider sending it. The name sorts by time and shows the recipient
 * ({@code 20261202T071500.123Z-000001-ada@example.com.eml}); the file holds a few headers ({@code Message-Id},
 * {@code Date}, {@code X-Soundport-Channel}, {@code To}, {@code Subject}), a blank line and the body. A file is
 * written under a temporary name and linked into place under a name no other message has, so a reader never sees
 * half a message and two senders on one folder never overwrite each other. Nothing is logged:
 * a body may carry a token or personal data.
 */
public final class FileNotificationSender implements NotificationSender {
    /** The name ending of a message file. */
    public static final String EXTENSION = ".eml";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_RECIPIENT_IN_NAME = 80;

    private final Path mailbox;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    public FileNotificationSender(Path mailbox, Clock clock) {
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The folder the messages are written to. */
    public Path mailbox() {
        return mailbox;
    }

    @Override
    public Result send(Channel channel, String to, String subject, String body) {
        Objects.requireNonNull(channel, "channel");
        Instant at = clock.now();
        try {
            Files.createDirectories(mailbox);
            Path temporary = Files.createTempFile(mailbox, ".incoming-", ".tmp");
            try {
                while (true) {
                    String id = STAMP.format(at) + "-" + String.format("%06d", sequence.incrementAndGet()) + "-"
                            + fileSafe(to);
                    Files.writeString(temporary, message(id, at, channel, to, subject, body), StandardCharsets.UTF_8);
                    if (placeUnlessTaken(temporary, mailbox.resolve(id + EXTENSION))) {
                        return Result.accepted(id);
                    }
                    // another sender on this mailbox (a second process, or this one before a restart) took the
                    // name in the same millisecond: the next number, never an overwrite
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // the path only: the message itself stays out of every error
            return Result.failed("Cannot write to the mailbox " + mailbox + ": " + e.getClass().getSimpleName());
        }
    }

    private static String message(String id, Instant at, Channel channel, String to, String subject, String body) {
        return "Message-Id: <" + id + "@soundport.local>\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)) + "\n"
                + "X-Soundport-Channel: " + channel + "\n"
                + "To: " + oneLine(to) + "\n"
                + (subject == null ? "" : "Subject: " + oneLine(subject) + "\n")
                + "\n"
                + (body == null ? "" : body);
    }

    /**
     * Gives the written file its name in one step that fails when the name exists (a hard link, then the temporary
     * name is deleted by the caller), so a reader never sees half a message and no message replaces another.
     */
    private static boolean placeUnlessTaken(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // no hard links here (some mounted or FAT file systems)
            return copyUnlessTaken(temporary, target);
        }
    }

    /** Where the file system has no hard links: a copy that refuses an existing name (not atomic for readers). */
    private static boolean copyUnlessTaken(Path temporary, Path target) throws IOException {
        try {
            Files.copy(temporary, target);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /** A header value on one line, so that a recipient or subject cannot add headers or start the body. */
    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** The recipient as a part of a file name: letters, digits and {@code @._+-} only, bounded in length. */
    private static String fileSafe(String to) {
        String safe = to == null || to.isBlank() ? "unknown" : to.strip().replaceAll("[^A-Za-z0-9@._+-]", "_");
        safe = safe.replaceAll("^\\.+", "_");
        return safe.length() > MAX_RECIPIENT_IN_NAME ? safe.substring(0, MAX_RECIPIENT_IN_NAME) : safe;
    }
}
