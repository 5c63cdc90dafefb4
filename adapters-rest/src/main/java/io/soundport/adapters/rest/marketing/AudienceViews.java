package io.soundport.adapters.rest.marketing;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.marketing.AudienceService;
import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceSync;
import io.soundport.domain.marketing.AudienceSyncStatus;
import io.soundport.domain.marketing.AudienceType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** What the audience endpoints answer. */
final class AudienceViews {
    private AudienceViews() {
    }

    @Schema(name = "Audience", description = "A custom or lookalike audience, and where it stands on Meta")
    record AudienceView(String id, String name, @Nullable String description,
                        @Schema(implementation = AudienceType.class) String type,
                        @Nullable @Schema(description = "custom audiences: where their people come from",
                                implementation = CustomerFileSource.class) String source,
                        @Nullable String country,
                        @Nullable @Schema(description = "lookalikes: what they are made from") LookalikeView lookalike,
                        @Schema(description = "people in a custom audience (0 for a lookalike)") long memberCount,
                        MetaSyncView meta, Instant createdAt, Instant updatedAt, long version) {
        static AudienceView of(Audience a) {
            return new AudienceView(a.id().value(), a.name(), a.description(), a.type().name(),
                    a.source() == null ? null : a.source().name(), a.country(),
                    a.lookalike() == null ? null : new LookalikeView(a.lookalike().origin().value(),
                            a.lookalike().ratio().toPlainString()),
                    a.memberCount(), MetaSyncView.of(a.sync()), a.createdAt(), a.updatedAt(), a.version());
        }
    }

    @Schema(name = "AudienceLookalike")
    record LookalikeView(@Schema(description = "the custom audience it is made from") String originId,
                         @Schema(description = "exact decimal, 0.01 to 0.20", example = "0.02") String ratio) {
    }

    @Schema(name = "AudienceMetaSync", description = "The audience on Meta: its ad account and Meta's id once "
            + "created, and its last sync with the members sent so far")
    record MetaSyncView(@Nullable String adAccountId, @Nullable String audienceId,
                        @Schema(implementation = AudienceSyncStatus.class) String syncStatus,
                        @Schema(description = "members sent in the last or current sync") long sent,
                        @Schema(description = "members to send in it") long total,
                        @Nullable Instant startedAt, @Nullable Instant syncedAt, @Nullable String failureReason) {
        static MetaSyncView of(AudienceSync s) {
            return new MetaSyncView(s.adAccountId() == null ? null : s.adAccountId().value(),
                    s.metaAudienceId() == null ? null : s.metaAudienceId().value(), s.status().name(), s.sent(),
                    s.total(), s.startedAt(), s.syncedAt(), s.failureReason());
        }
    }

    @Schema(name = "AudienceMembersAdded")
    record MembersAddedView(@Schema(description = "people in the request") long received,
                            @Schema(description = "of those, how many the audience did not have yet") long added,
                            AudienceView audience) {
        static MembersAddedView of(AudienceService.MembersAdded a) {
            return new MembersAddedView(a.received(), a.added(), AudienceView.of(a.audience()));
        }
    }

    @Schema(name = "AudienceMembersRemoved")
    record MembersRemovedView(@Schema(description = "people in the request") long received,
                              @Schema(description = "of those, how many the audience had") long removed,
                              AudienceView audience) {
        static MembersRemovedView of(AudienceService.MembersRemoved r) {
            return new MembersRemovedView(r.received(), r.removed(), AudienceView.of(r.audience()));
        }
    }
}
