package io.soundport.application.integrations;

import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.OAuthProvider;
import io.soundport.domain.integrations.OAuthTokens;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.port.SecretCipher;

import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the connection use cases need of the providers: each provider's {@link OAuthProvider} (live or the sandbox),
 * the callback URI under the server's API URL that each one sends the browser back to, and the cipher that seals
 * tokens before they are stored.
 */
public final class OAuthClients {
    private final Map<Provider, OAuthProvider> providers = new EnumMap<>(Provider.class);
    private final URI apiUrl;
    private final SecretCipher cipher;

    /** @param apiUrl where browsers reach this server's API: {@code https://soundport.example.com/api/v1} */
    public OAuthClients(List<OAuthProvider> providers, URI apiUrl, SecretCipher cipher) {
        providers.forEach(provider -> this.providers.put(provider.provider(), provider));
        for (Provider provider : Provider.values()) {
            if (!this.providers.containsKey(provider)) {
                throw new IllegalArgumentException("no OAuth provider for " + provider.slug());
            }
        }
        this.apiUrl = URI.create(apiUrl.toString().replaceAll("/+$", ""));
        this.cipher = cipher;
    }

    public OAuthProvider of(Provider provider) {
        return providers.get(provider);
    }

    /** {@code <API URL>/auth/<provider>/callback}: the redirect URI to register with the provider. */
    public URI callbackOf(Provider provider) {
        return URI.create(apiUrl + "/auth/" + provider.slug() + "/callback");
    }

    /** The tokens sealed, their expiry counted from {@code now}. */
    Connection.Grant seal(OAuthTokens tokens, Instant now) {
        return new Connection.Grant(cipher.encrypt(tokens.accessToken()),
                tokens.refreshToken() == null ? null : cipher.encrypt(tokens.refreshToken()),
                tokens.expiresIn() == null ? null : now.plus(tokens.expiresIn()), tokens.scopes());
    }

    String seal(String secret) {
        return secret == null ? null : cipher.encrypt(secret);
    }

    String unseal(String sealed) {
        return sealed == null ? null : cipher.decrypt(sealed);
    }
}
