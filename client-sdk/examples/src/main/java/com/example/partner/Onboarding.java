package com.example.partner;

import io.soundport.sdk.SoundportClient;
import io.soundport.sdk.model.Application;
import io.soundport.sdk.model.AuthTokens;
import io.soundport.sdk.model.IssuedApiKey;
import io.soundport.sdk.param.ApiKeyCreateParams;
import io.soundport.sdk.param.ApiKeyScope;
import io.soundport.sdk.param.AppCreateParams;
import io.soundport.sdk.param.RegisterParams;

/**
 * Signing up: an owner registers an organization, creates the partner's application and two API keys for it. The
 * owner's password is needed only here; the application runs on its keys.
 */
public final class Onboarding {
    private Onboarding() {
    }

    /**
     * The clients the partner runs on, one per key, each shared by every thread that needs it.
     *
     * @param organizationId the organization the owner registered
     * @param admin          a key with the {@code admin} scope: what {@code webhooks()}, {@code partners()} and
     *                       {@code workflow()} need
     * @param ingestion      a key with the {@code read} and {@code write} scopes: releases, tracks, artists
     */
    public record Keys(String organizationId, SoundportClient admin, SoundportClient ingestion) {
    }

    /** Registers {@code email} with a new organization and issues the application's two keys. */
    public static Keys signUp(String baseUrl, String email, String password) {
        SoundportClient owner = SoundportClient.builder().baseUrl(baseUrl).credentials(email, password).build();
        AuthTokens registered = owner.auth().register(RegisterParams.builder().email(email).password(password)
                .name("Partner Owner").organizationName("Partner Records").build());

        Application app = owner.apps().create(AppCreateParams.builder().name("Catalog sync").build());
        IssuedApiKey admin = owner.apiKeys().create(app.id(), ApiKeyCreateParams.builder().name("webhooks")
                .scopes(ApiKeyScope.ADMIN).build());
        IssuedApiKey ingestion = owner.apiKeys().create(app.id(), ApiKeyCreateParams.builder().name("ingestion")
                .scopes(ApiKeyScope.READ, ApiKeyScope.WRITE).build());

        // a key is shown this once: a real partner would put it in its secret store here
        return new Keys(registered.organization().id(), client(baseUrl, admin), client(baseUrl, ingestion));
    }

    private static SoundportClient client(String baseUrl, IssuedApiKey key) {
        return SoundportClient.builder().baseUrl(baseUrl).apiKey(key.key()).build();
    }
}
