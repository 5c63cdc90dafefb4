package io.soundport.application.workflow;

import java.util.Map;

/**
 * An action of a rule as the caller sends it: its type and the rest of its fields as parameters, before it is
 * parsed into an {@link io.soundport.domain.workflow.Action}.
 */
public record RawAction(String type, Map<String, Object> params) {
}
