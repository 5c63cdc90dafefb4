package io.soundport.sdk.param;

import java.util.List;
import java.util.Objects;

/**
 * What {@code meta().sendConversions(..)} takes: events for one pixel, 1 to 1000.
 *
 * @param pixelId       the pixel (dataset) id
 * @param testEventCode the code of Events Manager's test tab, or null: with one, the events show there and are not
 *                      counted
 * @param events        the events
 */
public record MetaConversionsParams(String pixelId, String testEventCode, List<MetaConversionEvent> events) {
    /**
     * Checks the required fields.
     *
     * @param pixelId       the pixel
     * @param testEventCode a test code, or null
     * @param events        the events
     * @throws NullPointerException when the pixel or the events are missing
     */
    public MetaConversionsParams {
        Objects.requireNonNull(pixelId, "pixelId is required");
        events = List.copyOf(Objects.requireNonNull(events, "events is required"));
    }
}
