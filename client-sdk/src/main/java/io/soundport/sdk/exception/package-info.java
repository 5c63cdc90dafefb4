/**
 * The exceptions of the SDK: {@link io.soundport.sdk.exception.SoundportException} and one subclass per error code of
 * the API, {@link io.soundport.sdk.exception.ApiConnectionException} for transport failures and
 * {@link io.soundport.sdk.exception.WebhookVerificationException} for webhooks that fail verification.
 */
package io.soundport.sdk.exception;
