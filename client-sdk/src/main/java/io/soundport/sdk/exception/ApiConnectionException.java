package io.soundport.sdk.exception;

import java.util.List;

/**
 * The API could not be reached or did not answer in time (refused or reset connections, timeouts, an answer that is
 * not the API's), still failing after the client's retries. {@link #status()} is 0.
 */
public class ApiConnectionException extends SoundportException {
    private static final long serialVersionUID = 1L;

    /**
     * A transport failure.
     *
     * @param message what failed
     * @param cause   the underlying I/O error
     */
    public ApiConnectionException(String message, Throwable cause) {
        super(0, null, message, List.of(), null, cause);
    }
}
