package io.soundport.sdk;

import io.soundport.application.catalog.CoverImport;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.distribution.TakedownMessage;
import io.soundport.domain.identity.OrganizationStatus;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.integrations.platform.AudioFeaturesUnavailable;
import io.soundport.domain.integrations.platform.SearchType;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.webhooks.MessageStatus;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.ApiKey;
import io.soundport.sdk.model.CoverArtOutcome;
import io.soundport.sdk.model.Delivery;
import io.soundport.sdk.model.Notification;
import io.soundport.sdk.model.NotificationChannel;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.SpotifyFeaturesStatus;
import io.soundport.sdk.model.WebhookMessageStatus;
import io.soundport.sdk.model.WorkflowAction;
import io.soundport.sdk.model.WorkflowExecutionStatus;
import io.soundport.sdk.param.ApiKeyCreateParams;
import io.soundport.sdk.param.ApiKeyScope;
import io.soundport.sdk.param.DeliveryListParams;
import io.soundport.sdk.param.InviteMemberParams;
import io.soundport.sdk.param.NotificationListParams;
import io.soundport.sdk.param.NotificationQueueParams;
import io.soundport.sdk.param.PartnerCreateParams;
import io.soundport.sdk.param.PartnerProtocol;
import io.soundport.sdk.param.PartnerTakedown;
import io.soundport.sdk.param.ReleaseListParams;
import io.soundport.sdk.param.SpotifySearchParams;
import io.soundport.sdk.param.SpotifySearchType;
import io.soundport.sdk.param.SpotifyTimeRange;
import io.soundport.sdk.param.SpotifyTopParams;
import io.soundport.sdk.param.WebhookCreateParams;
import io.soundport.sdk.param.WebhookUpdateParams;
import io.soundport.sdk.param.WorkflowExecutionListParams;
import io.soundport.sdk.param.WorkflowRuleCreateParams;
import io.soundport.sdk.param.WorkflowRuleUpdateParams;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SDK's enums against the server's: every value the server can answer is a known constant of the SDK (a value
 * added on the server fails here until the SDK has it), and a value the SDK does not know reads as {@code UNKNOWN}
 * with the string kept.
 */
class ApiEnumsTest {
    /** One closed set: the server's wire values and the SDK enum that reads them. */
    private record Pair(String name, List<String> serverValues, Class<? extends Enum<?>> sdk,
                        Function<String, ? extends ApiEnum> fromValue) {
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static Stream<Pair> pairs() {
        return Stream.of(
                new Pair("release status", names(ReleaseStatus.values()), io.soundport.sdk.model.ReleaseStatus.class,
                        io.soundport.sdk.model.ReleaseStatus::fromValue),
                new Pair("live event status", names(io.soundport.domain.live.LiveEventStatus.values()),
                        io.soundport.sdk.model.LiveEventStatus.class, io.soundport.sdk.model.LiveEventStatus::fromValue),
                new Pair("campaign status", names(io.soundport.domain.marketing.CampaignStatus.values()),
                        io.soundport.sdk.model.CampaignStatus.class, io.soundport.sdk.model.CampaignStatus::fromValue),
                new Pair("goal metric", names(io.soundport.domain.marketing.GoalMetric.values()),
                        io.soundport.sdk.model.GoalMetric.class, io.soundport.sdk.model.GoalMetric::fromValue),
                new Pair("audience type", names(io.soundport.domain.marketing.AudienceType.values()),
                        io.soundport.sdk.model.AudienceType.class, io.soundport.sdk.model.AudienceType::fromValue),
                new Pair("audience source", names(io.soundport.domain.integrations.ads.CustomerFileSource.values()),
                        io.soundport.sdk.model.AudienceSource.class, io.soundport.sdk.model.AudienceSource::fromValue),
                new Pair("audience sync status", names(io.soundport.domain.marketing.AudienceSyncStatus.values()),
                        io.soundport.sdk.model.AudienceSyncStatus.class,
                        io.soundport.sdk.model.AudienceSyncStatus::fromValue),
                new Pair("report import status", names(io.soundport.domain.analytics.report.ReportImport.Status.values()),
                        io.soundport.sdk.model.ReportImportStatus.class,
                        io.soundport.sdk.model.ReportImportStatus::fromValue),
                new Pair("delivery status", names(DeliveryStatus.values()),
                        io.soundport.sdk.model.DeliveryStatus.class, io.soundport.sdk.model.DeliveryStatus::fromValue),
                new Pair("delivery kind", names(DeliveryKind.values()), io.soundport.sdk.model.DeliveryKind.class,
                        io.soundport.sdk.model.DeliveryKind::fromValue),
                new Pair("partner protocol", names(Protocol.values()), PartnerProtocol.class,
                        PartnerProtocol::fromValue),
                new Pair("partner takedown", Arrays.stream(TakedownMessage.values())
                        .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList(), PartnerTakedown.class,
                        PartnerTakedown::fromValue),
                new Pair("member role", names(Role.values()), io.soundport.sdk.param.Role.class,
                        io.soundport.sdk.param.Role::fromValue),
                new Pair("API key scope", Arrays.stream(Scope.values()).map(Scope::wireName).toList(),
                        ApiKeyScope.class, ApiKeyScope::fromValue),
                new Pair("organization tier", names(Tier.values()), io.soundport.sdk.model.Tier.class,
                        io.soundport.sdk.model.Tier::fromValue),
                new Pair("organization status", names(OrganizationStatus.values()),
                        io.soundport.sdk.model.OrganizationStatus.class,
                        io.soundport.sdk.model.OrganizationStatus::fromValue),
                new Pair("webhook message status", names(MessageStatus.values()), WebhookMessageStatus.class,
                        WebhookMessageStatus::fromValue),
                new Pair("workflow execution status", names(WorkflowExecution.Status.values()),
                        WorkflowExecutionStatus.class, WorkflowExecutionStatus::fromValue),
                new Pair("audit actor type", names(io.soundport.domain.platform.AuditEntry.Kind.values()),
                        io.soundport.sdk.model.AuditActorType.class, io.soundport.sdk.model.AuditActorType::fromValue),
                new Pair("gateway breaker state", names(io.soundport.domain.platform.BreakerState.values()),
                        io.soundport.sdk.model.BreakerState.class, io.soundport.sdk.model.BreakerState::fromValue),
                new Pair("notification channel", names(Channel.values()), NotificationChannel.class,
                        NotificationChannel::fromValue),
                new Pair("notification status", names(io.soundport.domain.notifications.NotificationStatus.values()),
                        io.soundport.sdk.model.NotificationStatus.class,
                        io.soundport.sdk.model.NotificationStatus::fromValue),
                new Pair("Spotify time range", Arrays.stream(TimeRange.values()).map(TimeRange::slug).toList(),
                        SpotifyTimeRange.class, SpotifyTimeRange::fromValue),
                new Pair("Spotify search type", Arrays.stream(SearchType.values()).map(SearchType::slug).toList(),
                        SpotifySearchType.class, SpotifySearchType::fromValue),
                // an import with its cover answers STORED, or why the cover was not stored
                new Pair("cover art outcome", Stream.concat(Stream.of("STORED"),
                        names(CoverImport.Reason.values()).stream()).toList(), CoverArtOutcome.class,
                        CoverArtOutcome::fromValue),
                new Pair("Meta ad account status",
                        names(io.soundport.domain.integrations.ads.AdAccountStatus.values()),
                        io.soundport.sdk.model.MetaAdAccountStatus.class,
                        io.soundport.sdk.model.MetaAdAccountStatus::fromValue),
                new Pair("Meta campaign status", names(io.soundport.domain.integrations.ads.CampaignStatus.values()),
                        io.soundport.sdk.model.MetaCampaignStatus.class,
                        io.soundport.sdk.model.MetaCampaignStatus::fromValue),
                // a new campaign takes every objective the server knows but OTHER, which stands for older ones
                new Pair("Meta campaign objective", Arrays.stream(
                        io.soundport.domain.integrations.ads.CampaignObjective.values())
                        .filter(o -> o != io.soundport.domain.integrations.ads.CampaignObjective.OTHER)
                        .map(Enum::name).toList(), io.soundport.sdk.param.MetaCampaignObjective.class,
                        io.soundport.sdk.param.MetaCampaignObjective::fromValue),
                // the analytics view answers AVAILABLE, or why the features are unavailable
                new Pair("Spotify audio features status", Stream.concat(Stream.of("AVAILABLE"),
                        names(AudioFeaturesUnavailable.values()).stream()).toList(), SpotifyFeaturesStatus.class,
                        SpotifyFeaturesStatus::fromValue));
    }

    @Test
    void every_value_the_server_answers_is_a_known_constant_of_the_sdk() {
        pairs().forEach(pair -> {
            for (String value : pair.serverValues()) {
                ApiEnum constant = pair.fromValue().apply(value);
                assertThat(constant.isKnown()).as("the SDK's %s lacks the server's %s", pair.name(), value).isTrue();
                assertThat(constant.value()).as(pair.name()).isEqualTo(value);
            }
        });
    }

    @Test
    void the_sdk_has_no_constant_the_server_lacks_but_unknown() {
        pairs().forEach(pair -> assertThat(Arrays.stream(pair.sdk().getEnumConstants()).map(c -> (ApiEnum) c)
                .filter(ApiEnum::isKnown).map(ApiEnum::value).toList())
                .as(pair.name()).containsExactlyInAnyOrderElementsOf(pair.serverValues()));
    }

    @Test
    void a_value_from_a_newer_server_reads_as_unknown_and_the_string_is_kept() throws Exception {
        Release release = Json.MAPPER.readValue(Fixtures.release("rel_1").replace("\"DRAFT\"", "\"ARCHIVED\""),
                Release.class);
        assertThat(release.status()).isEqualTo(io.soundport.sdk.model.ReleaseStatus.UNKNOWN);
        assertThat(release.statusValue()).isEqualTo("ARCHIVED");

        ApiKey key = Json.MAPPER.readValue("{\"id\":\"key_1\",\"scopes\":[\"read\",\"billing\"],\"active\":true}",
                ApiKey.class);
        assertThat(key.scopes()).containsExactly(ApiKeyScope.READ, ApiKeyScope.UNKNOWN);
        assertThat(key.scopeValues()).containsExactly("read", "billing");

        Delivery delivery = Json.MAPPER.readValue("{\"id\":\"dlv_1\",\"kind\":\"REDELIVERY\",\"status\":\"PAUSED\"}",
                Delivery.class);
        assertThat(delivery.kind()).isEqualTo(io.soundport.sdk.model.DeliveryKind.UNKNOWN);
        assertThat(delivery.status()).isEqualTo(io.soundport.sdk.model.DeliveryStatus.UNKNOWN);
        assertThat(delivery.statusValue()).isEqualTo("PAUSED");

        Notification notification = Json.MAPPER.readValue(
                "{\"id\":\"ntf_1\",\"channel\":\"WHATSAPP\",\"status\":\"BOUNCED\"}", Notification.class);
        assertThat(notification.channel()).isEqualTo(NotificationChannel.UNKNOWN);
        assertThat(notification.channelValue()).isEqualTo("WHATSAPP");
        assertThat(notification.status()).isEqualTo(io.soundport.sdk.model.NotificationStatus.UNKNOWN);
        assertThat(notification.statusValue()).isEqualTo("BOUNCED");
    }

    @Test
    void a_known_value_reads_as_its_constant() throws Exception {
        Release release = Json.MAPPER.readValue(Fixtures.release("rel_1"), Release.class);
        assertThat(release.status()).isEqualTo(io.soundport.sdk.model.ReleaseStatus.DRAFT);
        assertThat(release.statusValue()).isEqualTo("DRAFT");
    }

    @Test
    void params_refuse_unknown_which_names_no_value_the_server_accepts() {
        assertThatThrownBy(() -> ApiKeyCreateParams.builder().name("ci").scopes(ApiKeyScope.READ, ApiKeyScope.UNKNOWN)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scopes");
        assertThatThrownBy(() -> PartnerCreateParams.builder().name("Streamly").protocol(PartnerProtocol.UNKNOWN)
                .endpoint("drop").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("protocol");
        assertThatThrownBy(() -> InviteMemberParams.builder().email("ada@example.com")
                .role(io.soundport.sdk.param.Role.UNKNOWN).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReleaseListParams.builder().status(io.soundport.sdk.model.ReleaseStatus.UNKNOWN)
                .build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryListParams.builder().status(io.soundport.sdk.model.DeliveryStatus.UNKNOWN)
                .build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkflowExecutionListParams.builder().status(WorkflowExecutionStatus.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationQueueParams.builder().channel(NotificationChannel.UNKNOWN)
                .to("ada@example.com").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channel");
        assertThatThrownBy(() -> NotificationListParams.builder()
                .status(io.soundport.sdk.model.NotificationStatus.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> NotificationListParams.builder().channel(NotificationChannel.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel");
        assertThatThrownBy(() -> SpotifyTopParams.builder().timeRange(SpotifyTimeRange.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeRange");
        assertThatThrownBy(() -> SpotifySearchParams.builder("Killers").types(SpotifySearchType.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("types");
    }

    @Test
    void event_types_and_statuses_given_as_enums_are_sent_by_their_wire_names() {
        assertThat(WebhookCreateParams.builder().url("https://hooks.example.com")
                .events(Event.Type.RELEASE_SUBMITTED, Event.Type.DELIVERY_FAILED).build().events())
                .containsExactly("release.submitted", "delivery.failed");
        assertThat(WorkflowRuleCreateParams.builder().name("Deliver").trigger(Event.Type.RELEASE_SUBMITTED)
                .actions(WorkflowAction.setStatus(io.soundport.sdk.model.ReleaseStatus.TAKEDOWN_REQUESTED)).build())
                .satisfies(rule -> {
                    assertThat(rule.trigger()).isEqualTo("release.submitted");
                    assertThat(rule.actions().get(0).params()).containsEntry("status", "TAKEDOWN_REQUESTED");
                });
        assertThatThrownBy(() -> WebhookUpdateParams.builder().events(Event.Type.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkflowRuleUpdateParams.builder().trigger(Event.Type.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkflowAction.setStatus(io.soundport.sdk.model.ReleaseStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void params_send_the_wire_value_of_a_constant() {
        assertThat(Json.MAPPER.convertValue(ApiKeyCreateParams.builder().name("ci").scopes(ApiKeyScope.ADMIN).build(),
                java.util.Map.class)).containsEntry("scopes", List.of("admin"));
        assertThat(Json.MAPPER.convertValue(DeliveryListParams.builder()
                .status(io.soundport.sdk.model.DeliveryStatus.IN_PROGRESS).build(), java.util.Map.class))
                .containsEntry("status", "IN_PROGRESS");
        assertThat(Json.MAPPER.convertValue(SpotifyTopParams.builder().timeRange(SpotifyTimeRange.LONG_TERM).build(),
                java.util.Map.class)).containsEntry("time_range", "long_term");
    }
}
