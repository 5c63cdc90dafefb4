package io.soundport.adapters.aws;

import io.soundport.domain.notifications.NotificationSender.Result;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.Set;

/**
 * Turns what the SDK threw, its retries spent, into the ports' terms. Only AWS's error code and the HTTP status
 * travel on: AWS's messages may name the recipient or the message, which never reach a log or a stored reason.
 */
final class AwsErrors {
    private AwsErrors() {
    }

    /**
     * Refused when AWS answered one of the {@code permanent} codes; failed (worth another attempt) for throttling,
     * 5xx, I/O errors and anything else, such as a credentials problem an operator can fix.
     */
    static Result result(String service, SdkException e, Set<String> permanent) {
        if (e instanceof AwsServiceException aws) {
            String code = code(aws);
            if (!aws.isThrottlingException() && aws.statusCode() < 500 && permanent.contains(code)) {
                return Result.refused(service + " refused the message: " + code);
            }
            return Result.failed(service + " answered " + aws.statusCode() + " " + code);
        }
        return Result.failed(service + " could not be reached: " + e.getClass().getSimpleName());
    }

    /** AWS's error code, such as {@code MessageRejected}; {@code Unknown} when it sent none. */
    static String code(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return code == null || code.isBlank() ? "Unknown" : code;
    }
}
