package io.soundport.application.identity;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.Secrets;
import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Applications;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.time.Instant;

/** API keys of partner applications: issued once in clear, then known only by their SHA-256. */
public final class ApiKeyService {
    public static final String KEY_PREFIX = "sp_live_";
    /** 43 base62 characters: about 256 bits. */
    private static final int KEY_RANDOM_LENGTH = 43;
    private static final int DISPLAY_PREFIX_LENGTH = KEY_PREFIX.length() + 6;

    private final TransactionRunner tx;
    private final Applications applications;
    private final ApiKeys apiKeys;
    private final Authenticator authenticator;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    public ApiKeyService(TransactionRunner tx, Applications applications, ApiKeys apiKeys, Authenticator authenticator,
                         IdGenerator ids, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.applications = applications;
        this.apiKeys = apiKeys;
        this.authenticator = authenticator;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    /** Issues the key; an expiry that is no longer in the future by this service's clock is refused. */
    public IssuedApiKey create(Caller caller, CreateApiKeyCommand command) {
        caller.require(Permission.MANAGE);
        ApplicationId appId = command.applicationId();
        requireApplication(caller, appId);
        Instant now = clock.now();
        if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
            throw DomainException.invalid("expiresAt", "must be in the future");
        }
        String plaintext = Secrets.random(KEY_PREFIX, KEY_RANDOM_LENGTH);
        ApiKey key = new ApiKey(ApiKeyId.generate(ids), appId, caller.organizationId(), command.name(),
                plaintext.substring(0, DISPLAY_PREFIX_LENGTH), Secrets.sha256Hex(plaintext), command.scopes(),
                now, command.expiresAt(), null, null);
        tx.run(() -> {
            apiKeys.add(key);
            audit.record(caller, "api_key.created", key.id().value());
        });
        return new IssuedApiKey(key, plaintext);
    }

    public Page<ApiKey> list(Caller caller, ApplicationId appId, PageRequest page) {
        caller.require(Permission.MANAGE);
        requireApplication(caller, appId);
        return apiKeys.list(caller.organizationId(), appId, page);
    }

    public void revoke(Caller caller, ApplicationId appId, ApiKeyId keyId) {
        caller.require(Permission.MANAGE);
        ApiKey key = apiKeys.find(caller.organizationId(), keyId)
                .filter(k -> k.applicationId().equals(appId))
                .orElseThrow(() -> DomainException.notFound("API key", keyId.value()));
        tx.run(() -> {
            apiKeys.revoke(caller.organizationId(), keyId, clock.now());
            audit.record(caller, "api_key.revoked", keyId.value());
        });
        authenticator.forgetKey(key.keyHash());
    }

    /** Says whether a key is valid now; an unknown, revoked and expired key all answer the same. */
    public KeyVerification verify(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 200) {
            return new KeyVerification(java.util.Optional.empty());
        }
        Instant now = clock.now();
        return new KeyVerification(apiKeys.findByHash(Secrets.sha256Hex(presentedKey.strip()))
                .filter(k -> k.validAt(now)));
    }

    private void requireApplication(Caller caller, ApplicationId appId) {
        if (applications.find(caller.organizationId(), appId).isEmpty()) {
            throw DomainException.notFound("Application", appId.value());
        }
    }
}
