package io.soundport.sdk.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data of an event whose type this version of the SDK does not know ({@link Event.Type#UNKNOWN}): the fields as
 * sent, the same as {@link Event#rawData()}.
 *
 * @param fields the data's members, JSON-shaped (maps, lists, strings, numbers, booleans, nulls)
 */
public record UnknownData(Map<String, Object> fields) implements EventData {
    /**
     * Copies the fields.
     *
     * @param fields the data's members
     */
    public UnknownData {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public int workflowDepth() {
        return fields.get("workflow_depth") instanceof Number n ? n.intValue() : 0;
    }
}
