package io.soundport.sdk.exception;

import io.soundport.sdk.ResponseMetadata;

import java.util.List;

/**
 * A platform operator suspended the caller's organization (403 {@code ORGANIZATION_SUSPENDED}): nothing is done for
 * it until it is reinstated. The message carries the operator's reason; {@code auth().profile()} still answers and
 * shows it. A {@link PermissionException}, so code that handles refusals in general handles this one too.
 */
public class OrganizationSuspendedException extends PermissionException {
    private static final long serialVersionUID = 1L;

    /**
     * An error as the API answered it.
     *
     * @param status    the HTTP status
     * @param code      the API's error code
     * @param message   the API's message
     * @param details   what is wrong with which field
     * @param requestId the id of the failed request
     */
    public OrganizationSuspendedException(int status, String code, String message, List<ErrorDetail> details,
                                          String requestId) {
        this(status, code, message, details, requestId, null);
    }

    /**
     * An error as the API answered it, with the answer's metadata.
     *
     * @param status    the HTTP status
     * @param code      the API's error code
     * @param message   the API's message
     * @param details   what is wrong with which field
     * @param requestId the id of the failed request
     * @param response  what the answer said besides its body, or null
     */
    public OrganizationSuspendedException(int status, String code, String message, List<ErrorDetail> details,
                                          String requestId, ResponseMetadata response) {
        super(status, code, message, details, requestId, response);
    }
}
