package io.soundport.domain.shared.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the type of an event record ({@code release.submitted}) and says what it means; the catalog of event types
 * that endpoints subscribe to is read from these, so an event cannot be missing from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    /** The dotted type. */
    String value();

    /** One sentence: what happened. */
    String description();

    /** Reads the annotation of event classes, once per class. */
    final class Names {
        private static final ClassValue<String> NAMES = new ClassValue<>() {
            @Override
            protected String computeValue(Class<?> type) {
                EventType annotation = type.getAnnotation(EventType.class);
                if (annotation == null) {
                    throw new IllegalStateException(type.getName() + " is an event without @EventType");
                }
                return annotation.value();
            }
        };

        private Names() {
        }

        public static String of(Class<?> eventClass) {
            return NAMES.get(eventClass);
        }
    }
}
