package io.soundport.domain.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a partner receives: named files (the DDEX ERN message, a JSON manifest with checksums) and the message id.
 * The same package is sent again on a retry.
 */
public record DeliveryPackage(String messageId, DeliveryKind kind, Map<String, byte[]> files) {
    /** The file a drop writes last: its presence tells the partner that every file it lists is there. */
    public static final String MANIFEST = "manifest.json";

    private static final Pattern PLAIN_NAME = Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$");

    public DeliveryPackage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        files = Map.copyOf(files);
    }

    /**
     * Why this package cannot be dropped into a folder or under a key prefix as {@code <message id>/<file>}, or null
     * when it can: the message id and every file name must be plain names (letters, digits, {@code .}, {@code _},
     * {@code -}, not starting with a dot).
     */
    public String problemAsDrop() {
        if (!PLAIN_NAME.matcher(messageId).matches()) {
            return "the message id '" + messageId + "' is not a plain file name";
        }
        for (String name : files.keySet()) {
            if (name == null || !PLAIN_NAME.matcher(name).matches()) {
                return "the file name '" + name + "' is not a plain file name";
            }
        }
        return null;
    }

    /** Every file by name, the {@link #MANIFEST} last: the order a drop writes them in. */
    public List<Map.Entry<String, byte[]>> inWriteOrder() {
        List<Map.Entry<String, byte[]>> ordered = new ArrayList<>(files.entrySet());
        ordered.sort(Map.Entry.comparingByKey((a, b) -> {
            if (a.equals(b)) {
                return 0;
            }
            if (a.equals(MANIFEST)) {
                return 1;
            }
            if (b.equals(MANIFEST)) {
                return -1;
            }
            return a.compareTo(b);
        }));
        return ordered;
    }
}
