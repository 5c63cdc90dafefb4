/**
 * The Java SDK of the Soundport API. Start with {@link io.soundport.sdk.SoundportClient#builder()}; one service per
 * resource ({@code client.releases()}, {@code client.tracks()}, ...), params in {@link io.soundport.sdk.param},
 * results in {@link io.soundport.sdk.model}, errors in {@link io.soundport.sdk.exception}, and
 * {@link io.soundport.sdk.Webhooks} to verify the webhooks Soundport sends.
 */
package io.soundport.sdk;
