/**
 * The Java SDK of the Soundport API. Start with {@link io.soundport.sdk.SoundportClient#builder()}; one service per
 * resource ({@code client.releases()}, {@code client.tracks()}, ...), params in {@link io.soundport.sdk.param},
 * results in {@link io.soundport.sdk.model}, errors in {@link io.soundport.sdk.exception}, and
 * {@link io.soundport.sdk.Webhooks} to verify the webhooks Soundport sends and read them as typed
 * {@linkplain io.soundport.sdk.event.Event events}.
 *
 * <h2>Scopes</h2>
 * Each service's class comment says what it needs. In short, for an API key: {@code read} reads the catalog,
 * deliveries, notifications, partners, workflow rules and the organization; {@code write} also changes the catalog,
 * creates, retries and takes down deliveries and queues notifications; {@code admin} reads too and manages
 * applications, API keys, webhook endpoints, partners, workflow rules and members, but does not change the catalog (a
 * key that ingests and manages webhooks needs {@code write} and {@code admin}). A signed-in user's role grants the
 * same: VIEWER reads, MEMBER writes, ADMIN and OWNER manage.
 *
 * <h2>Exceptions</h2>
 * Every exception is unchecked. Each method's comment lists what its own request can answer
 * ({@link io.soundport.sdk.exception.ValidationException}, {@link io.soundport.sdk.exception.NotFoundException},
 * {@link io.soundport.sdk.exception.ConflictException}, {@link io.soundport.sdk.exception.PreconditionFailedException},
 * ...). Besides those, any method that calls the API may throw:
 * <ul>
 *   <li>{@link io.soundport.sdk.exception.AuthenticationException}: no credentials, a revoked key, or tokens the
 *       client could not renew;</li>
 *   <li>{@link io.soundport.sdk.exception.PermissionException}: the key's scopes or the user's role do not allow
 *       it;</li>
 *   <li>{@link io.soundport.sdk.exception.RateLimitException}: still throttled after the retries (or asked to wait
 *       longer than a minute);</li>
 *   <li>{@link io.soundport.sdk.exception.ServiceUnavailableException}: the server is overloaded or its database
 *       is unreachable, still after the retries; {@link io.soundport.sdk.exception.ServerException}: the server
 *       failed (a 500, never retried: quote its {@code requestId()});</li>
 *   <li>{@link io.soundport.sdk.exception.ApiConnectionException}: the server could not be reached, its answer
 *       could not be read, or the call's deadline passed (the message says so);</li>
 *   <li>{@link IllegalArgumentException}: an argument is refused before anything is sent (a blank id, params the
 *       server would refuse whatever their values, a {@link io.soundport.sdk.RequestOptions} option the method does
 *       not take);</li>
 *   <li>{@link IllegalStateException}: the client was {@linkplain io.soundport.sdk.SoundportClient#close() closed}.</li>
 * </ul>
 */
package io.soundport.sdk;
