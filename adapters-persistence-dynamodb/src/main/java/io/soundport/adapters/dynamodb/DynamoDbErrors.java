package io.soundport.adapters.dynamodb;

import io.soundport.domain.shared.DomainException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.Set;

/**
 * Turns what the AWS SDK throws into the errors of the ports. Throttling, an overloaded or failing service and a
 * lost connection are SERVICE_UNAVAILABLE (the edge answers 503 with Retry-After); anything else is a bug or a
 * broken deployment (a missing table, a malformed request) and becomes an {@link IllegalStateException} that keeps
 * the cause for the log. Condition failures are not handled here: each write knows what its condition meant.
 */
final class DynamoDbErrors {
    private static final String UNAVAILABLE = "The database is not available right now; try again shortly";
    private static final Set<String> TRANSIENT_CODES = Set.of("ThrottlingException", "Throttling",
            "ProvisionedThroughputExceededException", "RequestLimitExceeded", "RequestLimitExceededException",
            "ThrottlingError", "ProvisionedThroughputExceeded", "TransactionConflict", "TransactionConflictException",
            "TransactionInProgressException", "InternalServerError", "ServiceUnavailable",
            "ServiceUnavailableException");

    private DynamoDbErrors() {
    }

    static RuntimeException translate(SdkException e) {
        if (isTransient(e)) {
            return DomainException.unavailable(UNAVAILABLE);
        }
        return new IllegalStateException("DynamoDB failed: " + e.getClass().getSimpleName(), e);
    }

    static boolean isTransient(SdkException e) {
        if (e instanceof ProvisionedThroughputExceededException || e instanceof RequestLimitExceededException
                || e instanceof LimitExceededException || e instanceof InternalServerErrorException
                || e instanceof TransactionInProgressException) {
            return true;
        }
        if (e instanceof AwsServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500
                    || service.awsErrorDetails() != null && TRANSIENT_CODES.contains(service.awsErrorDetails().errorCode());
        }
        // no answer from the service at all: connection refused or reset, DNS, timeouts
        return e instanceof SdkClientException || e.retryable();
    }

    /** For a cancellation reason of a transaction that is not a condition failure. */
    static boolean isTransientReason(String code) {
        return code != null && TRANSIENT_CODES.contains(code);
    }

    static DomainException unavailable() {
        return DomainException.unavailable(UNAVAILABLE);
    }
}
