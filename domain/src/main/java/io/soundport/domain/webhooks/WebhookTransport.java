package io.soundport.domain.webhooks;

import java.util.Map;

/**
 * Sends one signed webhook: a POST of {@code body} with {@code headers}, within the adapter's connect and total
 * timeouts, to a URL that passes the SSRF guard again after DNS resolution. Never throws for the receiver's
 * failures: they come back as a result.
 */
public interface WebhookTransport {
    Result post(String url, Map<String, String> headers, byte[] body);

    /** What happened: the status code when an answer came (null otherwise), how long it took, and the error. */
    record Result(Integer statusCode, long latencyMs, String error) {
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }
}
