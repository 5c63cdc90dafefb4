package io.soundport.application.distribution;

import io.soundport.application.shared.Versions;
import io.soundport.domain.catalog.Territory;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.OutboundUrlGuard;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Delivery partners (DSPs) of the caller's organization: ADMIN manages them, every member reads them. An HTTP
 * endpoint passes the SSRF guard; a FILE endpoint is a folder name under the drops directory; credentials are
 * write-only and kept encrypted.
 */
public final class PartnerService {
    private static final Pattern FOLDER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$");

    private final TransactionRunner tx;
    private final Partners partners;
    private final Deliveries deliveries;
    private final SecretCipher cipher;
    private final OutboundUrlGuard guard;
    private final IdGenerator ids;
    private final Clock clock;

    public PartnerService(TransactionRunner tx, Partners partners, Deliveries deliveries, SecretCipher cipher,
                          OutboundUrlGuard guard, IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.partners = partners;
        this.deliveries = deliveries;
        this.cipher = cipher;
        this.guard = guard;
        this.ids = ids;
        this.clock = clock;
    }

    public Partner create(Caller caller, String name, String protocol, String endpoint, List<String> territories,
                          Boolean active, String credentials) {
        caller.require(Permission.MANAGE);
        Validation v = new Validation();
        String n = v.field("name", () -> Validation.requireText(name, "name", 200));
        Protocol p = v.field("protocol", () -> supported(Protocol.parse(protocol)));
        String e = p == null ? null : v.field("endpoint", () -> checkEndpoint(p, endpoint));
        List<Territory> t = territories == null ? List.of()
                : v.field("territories", () -> Territory.allOf(territories));
        String c = v.field("credentials", () -> Validation.optionalText(credentials, "credentials", 4096));
        v.throwIfInvalid();
        Instant now = clock.now();
        Partner partner = new Partner(PartnerId.generate(ids), caller.organizationId(), n, p, e, t,
                active == null || active, c == null ? null : cipher.encrypt(c), now, now, 1);
        tx.run(() -> partners.add(partner));
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
    public Partner update(Caller caller, PartnerId id, String name, String endpoint, List<String> territories,
                          Boolean active, String credentials, Long expectedVersion) {
        caller.require(Permission.MANAGE);
        return tx.inTransaction(() -> {
            Partner current = get(caller, id);
            Versions.check(expectedVersion, current.version(), "Partner " + id.value());
            Validation v = new Validation();
            String n = name == null ? null : v.field("name", () -> Validation.requireText(name, "name", 200));
            String e = endpoint == null ? null : v.field("endpoint", () -> checkEndpoint(current.protocol(), endpoint));
            List<Territory> t = territories == null ? null
                    : v.field("territories", () -> Territory.allOf(territories));
            String c = credentials == null ? null
                    : v.field("credentials", () -> Validation.requireText(credentials, "credentials", 4096));
            v.throwIfInvalid();
            return partners.update(current.edit(n, e, t, active, c == null ? null : cipher.encrypt(c), clock.now()));
        });
    }

    public void delete(Caller caller, PartnerId id) {
        caller.require(Permission.MANAGE);
        tx.run(() -> {
            get(caller, id);
            if (!deliveries.list(caller.organizationId(), new DeliveryFilter(null, id, null), PageRequest.first(1))
                    .items().isEmpty()) {
                throw DomainException.conflict("Partner " + id + " has deliveries; deactivate it instead (active: false)");
            }
            partners.remove(caller.organizationId(), id);
        });
    }

    private static Protocol supported(Protocol protocol) {
        if (protocol == Protocol.S3) {
            throw DomainException.invalid("protocol", "S3 partners arrive with the AWS integration; use HTTP or FILE");
        }
        return protocol;
    }

    private String checkEndpoint(Protocol protocol, String endpoint) {
        String value = Validation.requireText(endpoint, "endpoint", 2048);
        if (protocol == Protocol.FILE) {
            if (!FOLDER.matcher(value).matches() || value.contains("..")) {
                throw DomainException.invalid("endpoint",
                        "a FILE partner's endpoint is a folder name under the drops directory (letters, digits, . _ -)");
            }
            return value;
        }
        guard.check(value, "endpoint");
        return value;
    }
}
