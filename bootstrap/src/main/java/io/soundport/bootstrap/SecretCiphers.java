package io.soundport.bootstrap;

import io.soundport.domain.port.SecretCipher;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@link SecretCipher} of each purpose ({@code webhook-secrets}, {@code partner-credentials}): on KMS each purpose
 * has its own data keys and cannot read another's secrets; locally they share the one AES-GCM key.
 */
final class SecretCiphers {
    static final String WEBHOOK_SECRETS = "webhook-secrets";
    static final String PARTNER_CREDENTIALS = "partner-credentials";
    static final String INTEGRATION_TOKENS = "integration-tokens";

    private final Function<String, SecretCipher> make;
    private final Map<String, SecretCipher> byPurpose = new ConcurrentHashMap<>();

    SecretCiphers(Function<String, SecretCipher> make) {
        this.make = make;
    }

    SecretCipher forPurpose(String purpose) {
        return byPurpose.computeIfAbsent(purpose, make);
    }
}
