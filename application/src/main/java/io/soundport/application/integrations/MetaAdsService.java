package io.soundport.application.integrations;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.integrations.ads.AdAccount;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.AdsList;
import io.soundport.domain.integrations.ads.AdsPage;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.integrations.ads.Audience;
import io.soundport.domain.integrations.ads.CampaignId;
import io.soundport.domain.integrations.ads.ConversionEvent;
import io.soundport.domain.integrations.ads.ConversionsReceived;
import io.soundport.domain.integrations.ads.Insights;
import io.soundport.domain.integrations.ads.UsersAdded;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.FieldError;
import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Meta's ads as the signed-in user's Meta connection sees them (through {@link MetaAccess}, which hands over the
 * token and marks the connection NEEDS_RECONNECT when Meta refuses it): their ad accounts, campaigns (listed, read,
 * created, paused or given a budget), insights, custom and lookalike audiences, and conversions sent to a pixel.
 * Reads need READ (every member, an API key's {@code read} scope), writes need WRITE (MEMBER and above); either
 * needs a signed-in user, whose connection it is. CONFLICT without a Meta connection, RECONNECT_REQUIRED when Meta
 * refused its grant.
 *
 * <p>A write is done at Meta first, outside any unit of work (it waits on the network), then its audit entry is
 * recorded: a write Meta refused leaves no entry, and one it did is never lost to a rollback of ours.
 */
public final class MetaAdsService {
    /** How old an event the Conversions API takes. */
    static final Duration OLDEST_EVENT = Duration.ofDays(7);
    /** How far ahead of our clock an event may be stamped (the sender's clock may run a little fast). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final MetaAccess access;
    private final AdsPlatform meta;
    private final TransactionRunner tx;
    private final AuditRecorder audit;
    private final Clock clock;

    public MetaAdsService(ConnectionService connections, AdsPlatform meta, TransactionRunner tx, AuditRecorder audit,
                          Clock clock) {
        this.access = new MetaAccess(connections, meta);
        this.meta = meta;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** The ad accounts the user's Meta connection may act on. */
    public AdsList<AdAccount> adAccounts(Caller caller) {
        return read(caller, meta::adAccounts);
    }

    /** A page of an ad account's campaigns; NOT_FOUND for an account the connection cannot see. */
    public AdsPage<AdCampaign> campaigns(Caller caller, ListCampaignsQuery query) {
        return read(caller, token -> meta.campaigns(token, query.account(), query.page()));
    }

    /** That campaign; NOT_FOUND when Meta does not know it or the connection cannot see it. */
    public AdCampaign campaign(Caller caller, CampaignId id) {
        return read(caller, token -> meta.campaign(token, id));
    }

    /** The insights of a campaign or an ad account. */
    public Insights insights(Caller caller, CampaignInsightsQuery query) {
        return read(caller, token -> meta.insights(token, query.query()));
    }

    /** Creates the campaign in the ad account; VALIDATION_ERROR for a budget in another currency than the account's. */
    public AdCampaign createCampaign(Caller caller, CreateCampaignCommand command) {
        AdCampaign created = write(caller, token -> meta.createCampaign(token, command.campaign()));
        recorded(caller, "meta_campaign.created", created.id().value());
        return created;
    }

    /** Pauses or resumes the campaign, or changes its budget. */
    public void updateCampaign(Caller caller, UpdateCampaignCommand command) {
        write(caller, token -> {
            meta.updateCampaign(token, command.id(), command.change());
            return command.id();
        });
        recorded(caller, "meta_campaign.updated", command.id().value());
    }

    /** Creates an empty customer-list audience. */
    public Audience createAudience(Caller caller, CreateAudienceCommand command) {
        Audience created = write(caller, token -> meta.createCustomAudience(token, command.audience()));
        recorded(caller, "meta_audience.created", created.id().value());
        return created;
    }

    /** Adds the (hashed) people to the audience; what Meta received and found invalid. */
    public UsersAdded addAudienceUsers(Caller caller, AddAudienceUsersCommand command) {
        UsersAdded added = write(caller, token -> meta.addUsers(token, command.audience(), command.people()));
        recorded(caller, "meta_audience.users_added", command.audience().value());
        return added;
    }

    /** Creates a lookalike audience of the origin audience. */
    public Audience createLookalike(Caller caller, CreateLookalikeCommand command) {
        Audience created = write(caller, token -> meta.createLookalikeAudience(token, command.audience()));
        recorded(caller, "meta_audience.created", created.id().value());
        return created;
    }

    /**
     * Sends the events to the pixel: VALIDATION_ERROR on {@code events[i].eventTime} for an event older than 7 days
     * or stamped in the future, before anything is sent.
     */
    public ConversionsReceived sendConversions(Caller caller, SendConversionsCommand command) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        List<FieldError> stale = new ArrayList<>();
        List<ConversionEvent> events = command.batch().events();
        for (int i = 0; i < events.size(); i++) {
            Instant at = events.get(i).eventTime();
            if (at.isBefore(now.minus(OLDEST_EVENT)) || at.isAfter(now.plus(CLOCK_SKEW))) {
                stale.add(new FieldError("events[" + i + "].eventTime",
                        "must be within the last 7 days and not in the future"));
            }
        }
        if (!stale.isEmpty()) {
            throw DomainException.invalid(stale);
        }
        ConversionsReceived received = write(caller, token -> meta.sendConversions(token, command.batch()));
        recorded(caller, "meta_conversions.sent", command.batch().pixel().value());
        return received;
    }

    private <T> T read(Caller caller, Function<String, T> call) {
        return access.read(caller, (platform, token) -> call.apply(token));
    }

    private <T> T write(Caller caller, Function<String, T> call) {
        return access.write(caller, (platform, token) -> call.apply(token));
    }

    private void recorded(Caller caller, String action, String resource) {
        tx.inTransaction(() -> {
            audit.record(caller, action, resource);
            return null;
        });
    }
}
