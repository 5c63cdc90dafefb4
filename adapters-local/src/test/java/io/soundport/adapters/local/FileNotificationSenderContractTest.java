package io.soundport.adapters.local;

import io.soundport.contracts.NotificationSenderContract;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

class FileNotificationSenderContractTest extends NotificationSenderContract {
    @TempDir
    Path dataDir;
    private FileNotificationSender sender;

    @BeforeEach
    void createSender() {
        // one sender, made before any test thread asks for it (a lazy one raced: two senders in one millisecond)
        sender = new FileNotificationSender(dataDir.resolve("mailbox"), Instant::now);
    }

    @Override
    protected NotificationSender sender() {
        return sender;
    }

    @Override
    protected Set<Channel> channels() {
        return EnumSet.allOf(Channel.class);
    }

    @Override
    protected List<Received> deliveredTo(String to) {
        try (Stream<Path> files = Files.list(dataDir.resolve("mailbox"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(FileNotificationSender.EXTENSION))
                    .sorted()
                    .map(FileNotificationSenderContractTest::read)
                    .filter(message -> to.equals(message.headers().get("To")))
                    .map(message -> new Received(Channel.valueOf(message.headers()
                            .get("X-Soundport-Channel")), message.headers().get("Subject"), message.body(),
                            message.id()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message file read back: its headers, its body and its name without the extension. */
    record MessageFile(String id, Map<String, String> headers, String body) {
    }

    static MessageFile read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int blank = text.indexOf("\n\n");
            Map<String, String> headers = new HashMap<>();
            text.substring(0, blank).lines().forEach(line -> {
                int colon = line.indexOf(": ");
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            });
            String name = file.getFileName().toString();
            return new MessageFile(name.substring(0, name.length() - FileNotificationSender.EXTENSION.length()),
                    headers, text.substring(blank + 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
