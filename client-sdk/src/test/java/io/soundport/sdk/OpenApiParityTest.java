package io.soundport.sdk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the server's generated OpenAPI document has an SDK method. A new endpoint fails this test until
 * its method is written and named in {@link #SDK_METHODS}, or it is listed in {@link #NOT_IN_THE_SDK} with a reason.
 */
class OpenApiParityTest {
    /**
     * operationId → {@code service.method}, the service being the accessor on {@link SoundportClient} (or a chain of
     * accessors: {@code admin.organizations.list}).
     */
    static final Map<String, String> SDK_METHODS = Map.ofEntries(
            entry("register", "auth.register"),
            entry("login", "auth.login"),
            entry("refreshTokens", "auth.refresh"),
            entry("logout", "auth.logout"),
            entry("getProfile", "auth.profile"),
            entry("requestEmailVerification", "auth.requestEmailVerification"),
            entry("verifyEmail", "auth.verifyEmail"),
            entry("getOrganization", "organization.retrieve"),
            entry("updateOrganization", "organization.update"),
            entry("listMembers", "organization.listMembers"),
            entry("listAdminOrganizations", "admin.organizations.list"),
            entry("updateAdminOrganization", "admin.organizations.update"),
            entry("inviteMember", "organization.invite"),
            entry("getMember", "organization.retrieveMember"),
            entry("updateMember", "organization.changeRole"),
            entry("removeMember", "organization.removeMember"),
            entry("createApp", "apps.create"),
            entry("listApps", "apps.list"),
            entry("getApp", "apps.retrieve"),
            entry("updateApp", "apps.update"),
            entry("deleteApp", "apps.delete"),
            entry("createApiKey", "apiKeys.create"),
            entry("listApiKeys", "apiKeys.list"),
            entry("revokeApiKey", "apiKeys.revoke"),
            entry("verifyApiKey", "apiKeys.verify"),
            entry("createArtist", "artists.create"),
            entry("listArtists", "artists.list"),
            entry("getArtist", "artists.retrieve"),
            entry("updateArtist", "artists.update"),
            entry("deleteArtist", "artists.delete"),
            entry("createLiveEvent", "liveEvents.create"),
            entry("listLiveEvents", "liveEvents.list"),
            entry("getLiveEvent", "liveEvents.retrieve"),
            entry("replaceLiveEvent", "liveEvents.replace"),
            entry("updateLiveEvent", "liveEvents.update"),
            entry("deleteLiveEvent", "liveEvents.delete"),
            entry("createCampaign", "campaigns.create"),
            entry("listCampaigns", "campaigns.list"),
            entry("getCampaign", "campaigns.retrieve"),
            entry("updateCampaign", "campaigns.update"),
            entry("deleteCampaign", "campaigns.delete"),
            entry("launchCampaign", "campaigns.launch"),
            entry("pauseCampaign", "campaigns.pause"),
            entry("createAudience", "audiences.create"),
            entry("listAudiences", "audiences.list"),
            entry("getAudience", "audiences.retrieve"),
            entry("updateAudience", "audiences.update"),
            entry("deleteAudience", "audiences.delete"),
            entry("addAudienceMembers", "audiences.addMembers"),
            entry("removeAudienceMembers", "audiences.removeMembers"),
            entry("createAudienceLookalike", "audiences.createLookalike"),
            entry("syncAudienceToMeta", "audiences.syncToMeta"),
            entry("searchMusicBrainzArtists", "musicbrainz.searchArtists"),
            entry("searchMusicBrainzReleases", "musicbrainz.searchReleases"),
            entry("searchMusicBrainzRecordings", "musicbrainz.searchRecordings"),
            entry("getMusicBrainzArtist", "musicbrainz.retrieveArtist"),
            entry("getMusicBrainzRelease", "musicbrainz.retrieveRelease"),
            entry("getMusicBrainzRecording", "musicbrainz.retrieveRecording"),
            entry("importMusicBrainzRelease", "releases.importFromMusicBrainz"),
            entry("listConnections", "integrations.list"),
            entry("connect", "integrations.connect"),
            entry("disconnect", "integrations.disconnect"),
            entry("syncTracksFromSpotify", "tracks.syncFromSpotify"),
            entry("getTrackSync", "tracks.retrieveSync"),
            entry("recordStreamEvents", "analytics.recordStreams"),
            entry("getAnalyticsOverview", "analytics.overview"),
            entry("getTrackAnalytics", "analytics.track"),
            entry("getRevenueReport", "analytics.revenueReport"),
            entry("getCampaignAnalytics", "analytics.campaign"),
            entry("exportCampaignAnalytics", "analytics.exportCampaign"),
            entry("getAudienceInsights", "analytics.audienceInsights"),
            entry("getRealtimeStreams", "analytics.realtime"),
            entry("importSalesReport", "analytics.importReport"),
            entry("getReportImport", "analytics.retrieveReportImport"),
            entry("getReportImportRejections", "analytics.reportRejections"),
            entry("getSpotifyProfile", "spotify.profile"),
            entry("searchSpotify", "spotify.search"),
            entry("listSpotifyTracks", "spotify.tracks"),
            entry("getSpotifyTrack", "spotify.track"),
            entry("getSpotifyTrackAnalytics", "spotify.trackAnalytics"),
            entry("getSpotifyArtist", "spotify.artist"),
            entry("listSpotifyArtistTopTracks", "spotify.artistTopTracks"),
            entry("listSpotifyPlaylists", "spotify.playlists"),
            entry("listSpotifyRecentlyPlayed", "spotify.recentlyPlayed"),
            entry("listSpotifyTopTracks", "spotify.topTracks"),
            entry("listSpotifyTopArtists", "spotify.topArtists"),
            entry("listMetaAdAccounts", "meta.adAccounts"),
            entry("listMetaCampaigns", "meta.listCampaigns"),
            entry("getMetaCampaign", "meta.retrieveCampaign"),
            entry("createMetaCampaign", "meta.createCampaign"),
            entry("getMetaCampaignInsights", "meta.campaignInsights"),
            entry("sendMetaConversions", "meta.sendConversions"),
            entry("createMetaAudience", "meta.createAudience"),
            entry("addMetaAudienceUsers", "meta.addAudienceUsers"),
            entry("createMetaLookalikeAudience", "meta.createLookalike"),
            entry("createRelease", "releases.create"),
            entry("listReleases", "releases.list"),
            entry("getRelease", "releases.retrieve"),
            entry("updateRelease", "releases.update"),
            entry("deleteRelease", "releases.delete"),
            entry("submitRelease", "releases.submit"),
            entry("takedownRelease", "releases.takedown"),
            entry("createTrack", "tracks.create"),
            entry("listTracks", "tracks.list"),
            entry("getTrack", "tracks.retrieve"),
            entry("updateTrack", "tracks.update"),
            entry("deleteTrack", "tracks.delete"),
            entry("uploadTrackAudio", "tracks.uploadAudio"),
            entry("getTrackAudio", "tracks.retrieveAudio"),
            entry("deleteTrackAudio", "tracks.deleteAudio"),
            entry("uploadReleaseArtwork", "releases.uploadArtwork"),
            entry("getReleaseArtwork", "releases.retrieveArtwork"),
            entry("deleteReleaseArtwork", "releases.deleteArtwork"),
            entry("listWebhookEventTypes", "webhooks.eventTypes"),
            entry("createWebhook", "webhooks.create"),
            entry("listWebhooks", "webhooks.list"),
            entry("getWebhook", "webhooks.retrieve"),
            entry("updateWebhook", "webhooks.update"),
            entry("deleteWebhook", "webhooks.delete"),
            entry("rotateWebhookSecret", "webhooks.rotateSecret"),
            entry("testWebhook", "webhooks.test"),
            entry("listWebhookMessages", "webhooks.listMessages"),
            entry("getWebhookMessage", "webhooks.retrieveMessage"),
            entry("replayWebhookMessage", "webhooks.replayMessage"),
            entry("createPartner", "partners.create"),
            entry("listPartners", "partners.list"),
            entry("getPartner", "partners.retrieve"),
            entry("updatePartner", "partners.update"),
            entry("deletePartner", "partners.delete"),
            entry("createDeliveries", "deliveries.create"),
            entry("listDeliveries", "deliveries.list"),
            entry("getDelivery", "deliveries.retrieve"),
            entry("retryDelivery", "deliveries.retry"),
            entry("getDeliveryStatus", "deliveries.status"),
            entry("queueNotification", "notifications.queue"),
            entry("listNotifications", "notifications.list"),
            entry("getNotification", "notifications.retrieve"),
            entry("createNotificationTemplate", "notifications.createTemplate"),
            entry("listNotificationTemplates", "notifications.listTemplates"),
            entry("getNotificationTemplate", "notifications.retrieveTemplate"),
            entry("updateNotificationTemplate", "notifications.updateTemplate"),
            entry("deleteNotificationTemplate", "notifications.deleteTemplate"),
            entry("addNotificationOptOut", "notifications.optOut"),
            entry("listNotificationOptOuts", "notifications.listOptOuts"),
            entry("removeNotificationOptOut", "notifications.removeOptOut"),
            entry("createWorkflowRule", "workflow.createRule"),
            entry("listWorkflowRules", "workflow.listRules"),
            entry("getWorkflowRule", "workflow.retrieveRule"),
            entry("updateWorkflowRule", "workflow.updateRule"),
            entry("deleteWorkflowRule", "workflow.deleteRule"),
            entry("listWorkflowExecutions", "workflow.listExecutions"),
            entry("getWorkflowExecution", "workflow.retrieveExecution"),
            entry("listAuditLog", "auditLog.list"),
            entry("listPlatformAuditLog", "auditLog.listAll"),
            entry("listServices", "admin.services.list"),
            entry("registerService", "admin.services.register"),
            entry("deleteService", "admin.services.delete"));

    /**
     * Operations deliberately left out: they are for load balancers, orchestrators and metric scrapers, not for
     * partner apps; and the gateway, which answers what the upstream service answers (callers use any HTTP client on
     * that API).
     */
    static final Set<String> NOT_IN_THE_SDK = Set.of("health", "liveness", "readiness", "metrics", "callGateway",
            // the page the platform sends the user's browser back to, never an API client
            "completeConnection");

    private static final Pattern OPERATION_ID = Pattern.compile("^\\s+operationId:\\s*['\"]?([A-Za-z0-9_]+)['\"]?\\s*$",
            Pattern.MULTILINE);

    static Set<String> operationIds() throws IOException {
        try (InputStream in = OpenApiParityTest.class.getClassLoader()
                .getResourceAsStream("META-INF/swagger/soundport-api-v1.yml")) {
            assertThat(in).as("the server's OpenAPI document on the test classpath").isNotNull();
            Matcher m = OPERATION_ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> ids = new TreeSet<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        }
    }

    @Test
    void every_operation_of_the_server_has_an_sdk_method_or_is_left_out_on_purpose() throws IOException {
        Set<String> ids = operationIds();
        assertThat(ids).hasSizeGreaterThan(30);
        List<String> missing = ids.stream()
                .filter(id -> !SDK_METHODS.containsKey(id) && !NOT_IN_THE_SDK.contains(id)).toList();
        assertThat(missing).as("operations without an SDK method: add the method and map it in SDK_METHODS").isEmpty();
    }

    @Test
    void the_mapping_names_only_operations_that_exist() throws IOException {
        Set<String> ids = operationIds();
        assertThat(SDK_METHODS.keySet()).allSatisfy(id -> assertThat(ids).contains(id));
        assertThat(NOT_IN_THE_SDK).allSatisfy(id -> assertThat(ids).contains(id));
    }

    @Test
    void every_mapped_method_exists_on_its_service() throws NoSuchMethodException {
        List<String> absent = new ArrayList<>();
        for (Map.Entry<String, String> e : SDK_METHODS.entrySet()) {
            // service.method, or a nested service: admin.organizations.list
            String[] parts = e.getValue().split("\\.");
            Class<?> service = SoundportClient.class;
            for (int i = 0; i < parts.length - 1; i++) {
                service = service.getMethod(parts[i]).getReturnType();
            }
            String name = parts[parts.length - 1];
            boolean found = Arrays.stream(service.getMethods()).map(Method::getName).anyMatch(name::equals);
            boolean takesOptions = Arrays.stream(service.getMethods()).filter(m -> m.getName().equals(name))
                    .anyMatch(m -> m.getParameterCount() > 0
                            && m.getParameterTypes()[m.getParameterCount() - 1] == RequestOptions.class);
            if (!found || !takesOptions) {
                absent.add(e.getKey() + " → " + e.getValue() + (found ? " (no overload with RequestOptions)" : ""));
            }
        }
        assertThat(absent).isEmpty();
    }
}
