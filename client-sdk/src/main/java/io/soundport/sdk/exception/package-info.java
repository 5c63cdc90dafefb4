/**
 * The exceptions of the SDK: {@link io.soundport.sdk.exception.SoundportException} and one subclass per error code of
 * the API, {@link io.soundport.sdk.exception.ApiConnectionException} for transport failures, and, apart from these
 * (no HTTP request failed), {@link io.soundport.sdk.exception.WebhookVerificationException} for webhooks that fail
 * verification.
 */
package io.soundport.sdk.exception;
