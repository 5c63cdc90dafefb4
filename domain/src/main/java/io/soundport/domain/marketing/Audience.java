package io.soundport.domain.marketing;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.integrations.ads.NewCustomAudience;
import io.soundport.domain.integrations.ads.NewLookalikeAudience;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An audience of an organization's marketing, kept here and pushed to Meta on demand. Its rules:
 * <ul>
 *   <li>a CUSTOM audience has a {@code source} (where its people come from, Meta's {@code customer_file_source}), an
 *       optional country, and members added as hashes ({@link AudienceMember}), counted in {@code memberCount};</li>
 *   <li>a LOOKALIKE audience is made from a custom audience ({@code lookalike.origin}) for one country and a ratio
 *       of 0.01 to 0.20 (exact); it has no source and no members of its own, and its country and ratio never
 *       change;</li>
 *   <li>{@link #startSync} starts a sync to Meta in an ad account (the first one names it; it never changes once
 *       Meta has the audience); one sync at a time.</li>
 * </ul>
 */
public record Audience(AudienceId id, OrganizationId organizationId, String name, String description,
                       AudienceType type, CustomerFileSource source, String country, Lookalike lookalike,
                       long memberCount, AudienceSync sync, Instant createdAt, Instant updatedAt, long version) {
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 500;

    /** What a lookalike is made from: its origin audience and the share of the country's people it takes. */
    public record Lookalike(AudienceId origin, BigDecimal ratio) {
        public Lookalike {
            Objects.requireNonNull(origin, "origin");
            // two decimals always: 0.1 and 0.10 are the same ratio, stored and answered as 0.10
            ratio = NewLookalikeAudience.ratio(ratio).setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
    }

    public Audience {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(type, "type");
        name = Validation.requireText(name, "name", MAX_NAME);
        description = Validation.optionalText(description, "description", MAX_DESCRIPTION);
        country = country == null ? null : NewLookalikeAudience.country(country);
        if (type == AudienceType.CUSTOM) {
            Objects.requireNonNull(source, "source");
            if (lookalike != null) {
                throw new IllegalArgumentException("a custom audience is no lookalike");
            }
        } else {
            Objects.requireNonNull(lookalike, "lookalike");
            Objects.requireNonNull(country, "country");
            if (source != null || memberCount != 0) {
                throw new IllegalArgumentException("a lookalike has no source and no members of its own");
            }
        }
        if (memberCount < 0) {
            throw new IllegalArgumentException("memberCount");
        }
        sync = sync == null ? AudienceSync.NEVER : sync;
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new custom audience, version 1, never synced. */
    public static Audience custom(AudienceId id, OrganizationId organizationId, String name, String description,
                                  CustomerFileSource source, String country, Instant now) {
        return new Audience(id, organizationId, name, description, AudienceType.CUSTOM, source, country, null, 0,
                AudienceSync.NEVER, now, now, 1);
    }

    /**
     * A new lookalike of this audience for that country and ratio, named {@code name} or, when null, after its
     * origin ("Lookalike (FR, 2%) of Ticket buyers"), in the ad account this one was synced to. CONFLICT when this is
     * a lookalike itself.
     */
    public Audience newLookalike(AudienceId lookalikeId, String lookalikeName, String lookalikeCountry, BigDecimal ratio,
                              Instant now) {
        if (type != AudienceType.CUSTOM) {
            throw DomainException.conflict("A lookalike is made from a custom audience, not from a lookalike");
        }
        String code = NewLookalikeAudience.country(lookalikeCountry);
        BigDecimal exact = NewLookalikeAudience.ratio(ratio);
        String named = lookalikeName != null ? lookalikeName : defaultLookalikeName(code, exact);
        AudienceSync inAccount = new AudienceSync(sync.adAccountId(), null, AudienceSyncStatus.NEVER_SYNCED, 0, 0,
                null, null, null, null, null);
        return new Audience(lookalikeId, organizationId, named, null, AudienceType.LOOKALIKE, null, code,
                new Lookalike(id, exact), 0, inAccount, now, now, 1);
    }

    private String defaultLookalikeName(String code, BigDecimal ratio) {
        String percent = ratio.movePointRight(2).stripTrailingZeros().toPlainString();
        String prefix = "Lookalike (" + code + ", " + percent + "%) of ";
        String origin = name.length() + prefix.length() > MAX_NAME ? name.substring(0, MAX_NAME - prefix.length())
                : name;
        return prefix + origin;
    }

    /**
     * This audience with the given name, description, source and country; CONFLICT when a lookalike would change its
     * source or country (they are its origin's and Meta's).
     */
    public Audience change(String newName, String newDescription, CustomerFileSource newSource, String newCountry,
                           Instant now) {
        if (type == AudienceType.LOOKALIKE) {
            if (newSource != null) {
                throw DomainException.conflict("A lookalike audience has no source", "source");
            }
            if (!Objects.equals(newCountry, country)) {
                throw DomainException.conflict("A lookalike audience keeps the country it was made for", "country");
            }
        }
        return new Audience(id, organizationId, newName, newDescription, type, newSource, newCountry, lookalike,
                memberCount, sync, createdAt, now, version);
    }

    /** This audience as an update stores it: with the creation time {@code stored} has, at the next version. */
    public Audience storedOver(Audience stored) {
        return new Audience(id, organizationId, name, description, type, source, country, lookalike, memberCount, sync,
                stored.createdAt(), updatedAt, version + 1);
    }

    /** CONFLICT unless this is a custom audience, the only kind that takes members. */
    public void requireCustom() {
        if (type != AudienceType.CUSTOM) {
            throw DomainException.conflict("Only a custom audience has members; a lookalike's are found by Meta");
        }
    }

    /** This audience with {@code added} more members. */
    public Audience withMembersAdded(long added, Instant now) {
        requireCustom();
        return withMembers(memberCount + added, now);
    }

    /** This audience with {@code removed} fewer members. */
    public Audience withMembersRemoved(long removed, Instant now) {
        requireCustom();
        return withMembers(Math.max(0, memberCount - removed), now);
    }

    private Audience withMembers(long count, Instant now) {
        return new Audience(id, organizationId, name, description, type, source, country, lookalike, count, sync,
                createdAt, now, version);
    }

    /**
     * Starts a sync to Meta in {@code account} (null: the one of its last sync) through {@code user}'s connection:
     * SYNCING, {@code memberCount} to send from the first. VALIDATION_ERROR on {@code adAccountId} when no account is
     * known; CONFLICT while a sync runs, and when Meta has the audience in another account.
     */
    public Audience startSync(AdAccountId account, UserId user, Instant now) {
        Objects.requireNonNull(user, "user");
        if (sync.status() == AudienceSyncStatus.SYNCING) {
            throw DomainException.conflict("The audience is being synced to Meta already; wait for it to end");
        }
        AdAccountId in = account != null ? account : sync.adAccountId();
        if (in == null) {
            throw DomainException.invalid("adAccountId", "must name the Meta ad account of the audience's first sync");
        }
        if (sync.metaAudienceId() != null && !in.equals(sync.adAccountId())) {
            throw DomainException.conflict("The audience is on Meta in ad account " + sync.adAccountId()
                    + " and stays there", "adAccountId");
        }
        return withSync(sync.started(in, user, memberCount, now), now);
    }

    /** Meta created the audience under that id. */
    public Audience createdOnMeta(io.soundport.domain.integrations.ads.AudienceId metaId, Instant now) {
        return withSync(sync.created(metaId), now);
    }

    /** {@code sent} more members reached Meta, the last of them of key {@code lastKey}. */
    public Audience syncProgressed(long sent, String lastKey, Instant now) {
        return withSync(sync.progressed(sent, lastKey), now);
    }

    public Audience synced(Instant now) {
        return withSync(sync.synced(now), now);
    }

    public Audience syncFailed(String reason, Instant now) {
        return withSync(sync.failed(reason), now);
    }

    private Audience withSync(AudienceSync next, Instant now) {
        return new Audience(id, organizationId, name, description, type, source, country, lookalike, memberCount,
                next, createdAt, now, version);
    }

    /** What Meta is asked to create for this custom audience. */
    public NewCustomAudience onMeta() {
        requireCustom();
        return new NewCustomAudience(sync.adAccountId(), name, description, source);
    }

    /** What Meta is asked to create for this lookalike, from its origin's audience on Meta. */
    public NewLookalikeAudience onMeta(io.soundport.domain.integrations.ads.AudienceId origin) {
        return new NewLookalikeAudience(sync.adAccountId(), name, origin, country, lookalike.ratio());
    }
}
