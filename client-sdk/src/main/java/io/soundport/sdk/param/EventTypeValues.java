package io.soundport.sdk.param;

import io.soundport.sdk.event.Event;
import io.soundport.sdk.model.ApiEnum;

import java.util.Arrays;
import java.util.List;

/** The wire names of event types given as enums, {@link Event.Type#UNKNOWN} refused. */
final class EventTypeValues {
    private EventTypeValues() {
    }

    static String of(Event.Type type, String field) {
        return type == null ? null : ApiEnum.requireKnown(type, field).value();
    }

    static List<String> of(Event.Type[] types, String field) {
        return Arrays.stream(types).map(type -> of(type, field)).toList();
    }
}
