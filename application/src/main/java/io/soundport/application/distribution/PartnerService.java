package io.soundport.application.distribution;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.Change;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.Versions;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.HostKeys;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.distribution.SftpAccess;
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
import java.util.Optional;

/**
 * Delivery partners (DSPs) of the caller's organization: ADMIN manages them, every member reads them. An HTTP
 * endpoint passes the SSRF guard; a FILE endpoint is a folder name under the drops directory; an S3 endpoint is a
 * bucket and prefix, its credentials (required) a region with keys or a role; an SFTP endpoint's host passes the SSRF
 * guard, its credentials (required) a login and the pinned host key; credentials are write-only and kept encrypted.
 *
 * <p>An SFTP partner saved without a host key is pinned to the one its server shows then ({@link HostKeys}: trust on
 * first use), read before anything is stored; a server whose key cannot be read refuses the change on
 * {@code credentials.host_key}. New credentials without a host key keep the pinned one while the endpoint's host and
 * port stay the same (a server is never re-trusted silently); a new host or port is read again, and so is a partner
 * whose endpoint moves to another host without new credentials.
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
    private final HostKeys hostKeys;

    /** A service that reads no host keys: every SFTP partner must be given its {@code host_key}. */
    public PartnerService(TransactionRunner tx, Partners partners, Deliveries deliveries, SecretCipher cipher,
                          OutboundUrlGuard guard, IdGenerator ids, Clock clock, AuditRecorder audit) {
        this(tx, partners, deliveries, cipher, guard, ids, clock, audit, HostKeys.none());
    }

    public PartnerService(TransactionRunner tx, Partners partners, Deliveries deliveries, SecretCipher cipher,
                          OutboundUrlGuard guard, IdGenerator ids, Clock clock, AuditRecorder audit,
                          HostKeys hostKeys) {
        this.tx = tx;
        this.partners = partners;
        this.deliveries = deliveries;
        this.cipher = cipher;
        this.guard = guard;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.hostKeys = hostKeys;
    }

    /**
     * The command with the host key its SFTP server shows now when it names none (trust on first use), so that
     * {@link #create} need not read it: a caller that runs {@code create} inside a unit of work of its own (an
     * idempotent request) reads the key first, since that waits on the network. Any other command as it is; a
     * VALIDATION_ERROR on {@code credentials.host_key} when the key cannot be read.
     */
    public CreatePartnerCommand withHostKeyRead(Caller caller, CreatePartnerCommand command) {
        caller.require(Permission.MANAGE);
        if (command.protocol() != Protocol.SFTP) {
            return command;
        }
        SftpAccess access = SftpAccess.parse(command.credentials());
        if (access.hasHostKey()) {
            return command;
        }
        String endpoint = reachable(command.protocol(), command.endpoint());
        return command.withCredentials(pinned(access, SftpLocation.parse(endpoint), null));
    }

    public Partner create(Caller caller, CreatePartnerCommand command) {
        caller.require(Permission.MANAGE);
        String endpoint = reachable(command.protocol(), command.endpoint());
        String credentials = command.protocol() == Protocol.SFTP
                ? pinned(SftpAccess.parse(command.credentials()), SftpLocation.parse(endpoint), null)
                : command.credentials();
        Instant now = clock.now();
        Partner partner = new Partner(PartnerId.generate(ids), caller.organizationId(), command.name(),
                command.protocol(), endpoint, command.territories(), command.active(),
                credentials == null ? null : cipher.encrypt(credentials), now, now, 1,
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

    /**
     * The SHA-256 fingerprint of the host key an SFTP partner is pinned to, which is public (the server shows it to
     * anyone who connects): what a view of the partner may show; empty for other protocols, or for credentials that
     * cannot be read. Never any other part of the credentials.
     */
    public Optional<String> pinnedHostKey(Partner partner) {
        if (partner.protocol() != Protocol.SFTP || partner.credentialsCiphertext() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(SftpAccess.parse(cipher.decrypt(partner.credentialsCiphertext())).hostKey());
        } catch (DomainException unreadable) {
            return Optional.empty();
        }
    }

    public Page<Partner> list(Caller caller, PageRequest page) {
        caller.require(Permission.READ);
        return partners.list(caller.organizationId(), page);
    }

    /** Changes the given fields (null keeps a field; the protocol stays what it was). */
    public Partner update(Caller caller, UpdatePartnerCommand command) {
        caller.require(Permission.MANAGE);
        // an SFTP server's key is read before the unit of work, which must not wait on the network; the unit of
        // work then makes sure that what it was read for is still what is stored
        Partner before = get(caller, command.id());
        Versions.check(command.expectedVersion(), before.version(), "Partner " + command.id().value());
        String endpoint = command.endpoint() == null ? null : reachable(before.protocol(), command.endpoint());
        String plain = command.credentials() == null ? null
                : checkedCredentials(before.protocol(), command.credentials());
        if (before.protocol() == Protocol.SFTP) {
            plain = repinned(before, endpoint, plain);
        }
        String credentials = plain == null ? null : cipher.encrypt(plain);
        return tx.inTransaction(() -> {
            Partner current = get(caller, command.id());
            Versions.check(command.expectedVersion(), current.version(), "Partner " + command.id().value());
            if (current.version() != before.version()) {
                throw DomainException.conflict("Partner " + command.id().value()
                        + " changed while its change was checked; send the change again");
            }
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
        String checked = v.nested("", () -> PartnerEndpoints.checkCredentials(protocol, credentials));
        v.throwIfInvalid();
        return checked;
    }

    /**
     * An SFTP partner's new credentials (null: none given) for its endpoint (null: unchanged), with the host key to
     * pin: the given one; else the pinned one while the host and port stay; else the one the new server shows. Null
     * when the credentials stay as stored.
     */
    private String repinned(Partner current, String endpoint, String credentials) {
        SftpLocation was = SftpLocation.parse(current.endpoint());
        SftpLocation now = endpoint == null ? was : SftpLocation.parse(endpoint);
        boolean sameServer = now.host().equals(was.host()) && now.port() == was.port();
        if (credentials == null && sameServer) {
            return null;
        }
        SftpAccess stored = current.credentialsCiphertext() == null ? null
                : SftpAccess.parse(cipher.decrypt(current.credentialsCiphertext()));
        if (credentials == null && stored == null) {
            return null;
        }
        SftpAccess access = credentials == null ? stored.withHostKey(null) : SftpAccess.parse(credentials);
        return pinned(access, now, sameServer && stored != null ? stored.hostKey() : null);
    }

    /**
     * The credentials JSON to store: {@code access} as given when it names its host key, else pinned to
     * {@code kept} when there is one, else to the key the server at {@code location} shows now; a VALIDATION_ERROR
     * on {@code credentials.host_key} when that key cannot be read.
     */
    private String pinned(SftpAccess access, SftpLocation location, String kept) {
        if (access.hasHostKey()) {
            return access.toJson();
        }
        if (kept != null) {
            return access.withHostKey(kept).toJson();
        }
        HostKeys.Probe probe = hostKeys.read(location.host(), location.port());
        if (probe instanceof HostKeys.Shown shown) {
            return access.withHostKey(shown.fingerprint()).toJson();
        }
        String reason = probe instanceof HostKeys.Unreadable unreadable ? unreadable.reason() : "no answer";
        throw DomainException.invalid("credentials.host_key", "could not read the host key of " + location.host()
                + ":" + location.port() + " (" + reason + "); give credentials.host_key, the server's key"
                + " fingerprint as ssh-keygen -lf prints it (SHA256:...)");
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
