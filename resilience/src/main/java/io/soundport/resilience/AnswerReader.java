package io.soundport.resilience;

import java.io.IOException;

/**
 * Turns a provider's answer into what the caller wants, inside the call, while the body is open.
 *
 * <p>Every answer but 429 and 5xx reaches the reader, 4xx included: it decides what each means (404 empty, 400 a
 * {@code DomainException.invalid}, 401 a refresh...). An {@code IOException} means the answer could not be received
 * (the connection broke while the body was read) and is retried like any transport failure; a body that arrived but
 * cannot be understood is the reader's own {@code DomainException.integration}, which is not retried. Any other
 * runtime exception becomes an INTEGRATION_ERROR naming the provider.
 */
@FunctionalInterface
public interface AnswerReader<T> {
    T read(Answer answer) throws IOException;
}
