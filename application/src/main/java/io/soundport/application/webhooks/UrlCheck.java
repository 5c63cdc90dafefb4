package io.soundport.application.webhooks;

/**
 * How an endpoint's url is checked before it is saved: {@link WebhookService#urlCheck()}, its SSRF guard. The
 * commands take it so that their {@code of} reports a refused url together with every other invalid field.
 */
@FunctionalInterface
public interface UrlCheck {
    /** Accepts the url or throws a VALIDATION_ERROR naming {@code field} and saying why. */
    void check(String url, String field);
}
