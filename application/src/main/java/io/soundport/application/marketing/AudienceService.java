package io.soundport.application.marketing;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceFilter;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.time.Instant;
import java.util.List;

/**
 * Audiences of the caller's organization: custom audiences and the people in them (hashed as they arrive), and
 * lookalikes made from them. Everyone reads them, a member or a {@code write} key writes them; each write records
 * its audit entry in its unit of work. Pushing them to Meta is {@link AudienceSyncService}'s.
 */
public final class AudienceService {
    private static final String RESOURCE = "Audience";
    private final TransactionRunner tx;
    private final Audiences audiences;
    private final AudienceUsage usage;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    public AudienceService(TransactionRunner tx, Audiences audiences, AudienceUsage usage, IdGenerator ids,
                           Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.audiences = audiences;
        this.usage = usage;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    /** What adding people did: the audience with its new count, and how many of them it did not have yet. */
    public record MembersAdded(Audience audience, int received, int added) {
    }

    /** What removing people did: the audience with its new count, and how many of them it had. */
    public record MembersRemoved(Audience audience, int received, int removed) {
    }

    /** A new custom audience, with no members, never synced. */
    public Audience create(Caller caller, CreateAudienceCommand command) {
        caller.require(Permission.WRITE);
        Audience audience = Audience.custom(AudienceId.generate(ids), caller.organizationId(), command.name(),
                command.description(), command.source(), command.country(), clock.now());
        tx.run(() -> {
            audiences.add(audience);
            audit.record(caller, "audience.created", audience.id().value());
        });
        return audience;
    }

    /** The audience with its sync progress; NOT_FOUND for another organization's. */
    public Audience get(Caller caller, AudienceId id) {
        caller.require(Permission.READ);
        return audiences.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound(RESOURCE, id.value()));
    }

    public Page<Audience> list(Caller caller, ListAudiencesQuery query) {
        caller.require(Permission.READ);
        return audiences.list(caller.organizationId(), query.filter(), query.page());
    }

    /** Changes the given fields; what Meta has already is not renamed (the next sync keeps Meta's audience). */
    public Audience update(Caller caller, UpdateAudienceCommand command) {
        caller.require(Permission.WRITE);
        return tx.inTransaction(() -> {
            Audience current = get(caller, command.id());
            Versions.check(command.expectedVersion(), current.version(), RESOURCE + " " + command.id().value());
            Audience changed = audiences.update(command.over(current, clock.now()));
            audit.record(caller, "audience.updated", command.id().value());
            return changed;
        });
    }

    /**
     * Deletes the audience and its members here (Meta's copy stays, in the ad account). CONFLICT while lookalikes
     * made from it remain (delete them first) or while something uses it (a campaign).
     */
    public void delete(Caller caller, DeleteCommand<AudienceId> command) {
        caller.require(Permission.WRITE);
        AudienceId id = command.id();
        tx.run(() -> {
            Audience current = get(caller, id);
            Versions.check(command.expectedVersion(), current.version(), RESOURCE + " " + id.value());
            List<Audience> lookalikes = audiences.list(caller.organizationId(), AudienceFilter.lookalikesOf(id),
                    PageRequest.first(3)).items();
            if (!lookalikes.isEmpty()) {
                throw DomainException.conflict("Lookalike audiences are made from this audience ("
                        + String.join(", ", lookalikes.stream().map(a -> a.id().value()).toList())
                        + "); delete them first");
            }
            List<String> users = usage.usersOf(caller.organizationId(), id);
            if (!users.isEmpty()) {
                throw DomainException.conflict("The audience is used by " + String.join(", ", users)
                        + "; remove it from them first");
            }
            audiences.remove(caller.organizationId(), id);
            audit.record(caller, "audience.deleted", id.value());
        });
    }

    /**
     * Adds the people (already hashed) to a custom audience: those it has already (by e-mail hash, else phone hash)
     * are counted as received and left alone. CONFLICT for a lookalike.
     */
    public MembersAdded addMembers(Caller caller, AddAudienceMembersCommand command) {
        caller.require(Permission.WRITE);
        return tx.inTransaction(() -> {
            Audience current = get(caller, command.id());
            current.requireCustom();
            int added = audiences.addMembers(caller.organizationId(), command.id(), command.members());
            Audience counted = added == 0 ? current
                    : audiences.update(current.withMembersAdded(added, clock.now()));
            audit.record(caller, "audience.members_added", command.id().value());
            return new MembersAdded(counted, command.members().size(), added);
        });
    }

    /**
     * Removes the people from a custom audience here (Meta's audience keeps whom a sync sent it). CONFLICT for a
     * lookalike.
     */
    public MembersRemoved removeMembers(Caller caller, RemoveAudienceMembersCommand command) {
        caller.require(Permission.WRITE);
        return tx.inTransaction(() -> {
            Audience current = get(caller, command.id());
            current.requireCustom();
            int removed = audiences.removeMembers(caller.organizationId(), command.id(), command.keys());
            Audience counted = removed == 0 ? current
                    : audiences.update(current.withMembersRemoved(removed, clock.now()));
            audit.record(caller, "audience.members_removed", command.id().value());
            return new MembersRemoved(counted, command.keys().size(), removed);
        });
    }

    /** A LOOKALIKE audience made from the custom audience {@code origin}; CONFLICT when the origin is a lookalike. */
    public Audience createLookalike(Caller caller, CreateAudienceLookalikeCommand command) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            Audience origin = get(caller, command.origin());
            Audience lookalike = origin.newLookalike(AudienceId.generate(ids), command.name(), command.country(),
                    command.ratio(), now);
            audiences.add(lookalike);
            audit.record(caller, "audience.created", lookalike.id().value());
            return lookalike;
        });
    }
}
