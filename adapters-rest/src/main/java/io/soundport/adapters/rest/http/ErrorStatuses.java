package io.soundport.adapters.rest.http;

import io.soundport.domain.shared.ErrorCode;

/** The HTTP status and envelope code of a core error, for an answer that is not the JSON envelope (an HTML page). */
public final class ErrorStatuses {
    private ErrorStatuses() {
    }

    public static int statusOf(ErrorCode code) {
        return EnvelopeCode.of(code).status();
    }

    /** The {@code code} the envelope would carry. */
    public static String codeOf(ErrorCode code) {
        return EnvelopeCode.of(code).name();
    }
}
