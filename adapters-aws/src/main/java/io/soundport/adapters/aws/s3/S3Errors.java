package io.soundport.adapters.aws.s3;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What an AWS failure was, in words safe to show and log: the service's error code and HTTP status (AccessDenied,
 * NoSuchBucket, SlowDown...) or the kind of client failure, never a request's credentials or signature.
 */
final class S3Errors {
    private S3Errors() {
    }

    static String describe(SdkException e) {
        // a service's answer may come wrapped: STS refusing a role surfaces as a client failure of the S3 call
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException service) {
                String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
                String serviceName = service.awsErrorDetails() == null ? null : service.awsErrorDetails().serviceName();
                return (serviceName == null || serviceName.isBlank() ? "" : serviceName + " ")
                        + (code == null || code.isBlank() ? "error" : code) + " (HTTP " + service.statusCode() + ")";
            }
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        // client failures (connection refused, time-outs) carry the host and the exception, not the request
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()));
    }

    static boolean notFound(SdkException e) {
        return e instanceof AwsServiceException service && service.statusCode() == 404;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
