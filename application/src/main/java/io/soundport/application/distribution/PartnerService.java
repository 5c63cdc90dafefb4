package io.soundport.application.distribution;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.Change;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.Versions;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.distribution.SftpLocation;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.OutboundUrlGuard;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.time.Instant;

/**
 * Delivery partners (DSPs) of the caller's organization: ADMIN manages them, every member reads them. An HTTP
 * endpoint passes the SSRF guard; a FILE endpoint is a folder name under the drops directory; an S3 endpoint is a
 * bucket and prefix, its credentials (required) a region with keys or a role; an SFTP endpoint's host passes the SSRF
 * guard, its credentials (required) a login and the pinned host key; credentials are write-only and kept encrypted.
 */
public final class PartnerService {
    private final TransactionRunner tx;
    private final Partners partners;
    private final Deliveries deliveries;
    private final SecretCipher cipher;
    private final OutboundUrlGuard guard;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    public PartnerService(TransactionRunner tx, Partners partners, Deliveries deliveries, SecretCipher cipher,
                          OutboundUrlGuard guard, IdGenerator ids, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.partners = partners;
        this.deliveries = deliveries;
        this.cipher = cipher;
        this.guard = guard;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    public Partner create(Caller caller, CreatePartnerCommand command) {
        caller.require(Permission.MANAGE);
        String endpoint = reachable(command.protocol(), command.endpoint());
        Instant now = clock.now();
        Partner partner = new Partner(PartnerId.generate(ids), caller.organizationId(), command.name(),
                command.protocol(), endpoint, command.territories(), command.active(),
                command.credentials() == null ? null : cipher.encrypt(command.credentials()), now, now, 1,
                command.dpid(), command.test(), command.takedown());
        tx.run(() -> {
            partners.add(partner);
            audit.record(caller, "partner.created", partner.id().value());
        });
        return partner;
    }

    public Partner get(Caller caller, PartnerId id) {
        caller.require(Permission.READ);
        return partners.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Partner", id.value()));
    }

    public Page<Partner> list(Caller caller, PageRequest page) {
        caller.require(Permission.READ);
        return partners.list(caller.organizationId(), page);
    }

    /** Changes the given fields (null keeps a field; the protocol stays what it was). */
    public Partner update(Caller caller, UpdatePartnerCommand command) {
        caller.require(Permission.MANAGE);
        return tx.inTransaction(() -> {
            Partner current = get(caller, command.id());
            Versions.check(command.expectedVersion(), current.version(), "Partner " + command.id().value());
            String endpoint = command.endpoint() == null ? null : reachable(current.protocol(), command.endpoint());
            String credentials = command.credentials() == null ? null
                    : cipher.encrypt(checkedCredentials(current.protocol(), command.credentials()));
            audit.record(caller, "partner.updated", current.id().value());
            Instant now = clock.now();
            Partner edited = current.edit(command.name(), endpoint, command.territories(), command.active(),
                    credentials, now);
            return partners.update(edited.withDdex(command.dpid().applyTo(current.dpid()),
                    command.dpid() instanceof Change.Clear<DdexPartyId>, command.test(), command.takedown(), now));
        });
    }

    public void delete(Caller caller, DeleteCommand<PartnerId> command) {
        PartnerId id = command.id();
        caller.require(Permission.MANAGE);
        tx.run(() -> {
            Partner current = get(caller, id);
            Versions.check(command.expectedVersion(), current.version(), "Partner " + id.value());
            if (!deliveries.list(caller.organizationId(), new DeliveryFilter(null, id, null), PageRequest.first(1))
                    .items().isEmpty()) {
                throw DomainException.conflict("Partner " + id + " has deliveries; deactivate it instead (active: false)");
            }
            partners.remove(caller.organizationId(), id);
            audit.record(caller, "partner.deleted", id.value());
        });
    }

    private static String checkedCredentials(Protocol protocol, String credentials) {
        Validation v = new Validation();
        String checked = v.field("credentials", () -> PartnerEndpoints.checkCredentials(protocol, credentials));
        v.throwIfInvalid();
        return checked;
    }

    /**
     * The endpoint as the protocol wants it: a folder name for FILE, {@code s3://bucket/prefix} for S3 (the bucket is
     * on AWS, reached through the SDK, not a URL the tenant points anywhere), a URL the SSRF guard lets through for
     * HTTP.
     */
    private String reachable(Protocol protocol, String endpoint) {
        Validation v = new Validation();
        String checked = v.field("endpoint", () -> {
            String value = PartnerEndpoints.check(protocol, endpoint);
            if (protocol == Protocol.HTTP) {
                guard.check(value, "endpoint");
            }
            if (protocol == Protocol.SFTP) {
                guard.checkHost(SftpLocation.parse(value).host(), "endpoint");
            }
            return value;
        });
        v.throwIfInvalid();
        return checked;
    }
}
