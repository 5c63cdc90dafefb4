package io.soundport.application.distribution;

import io.soundport.application.shared.RetrySchedule;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryAttempt;
import io.soundport.domain.distribution.DeliveryGateway;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One attempt at a delivery, outside any unit of work: finds the partner and the gateway of its protocol, has the
 * package built, hands it over with the partner's decrypted credentials, and says when to try again. A package that
 * cannot be built fails for good; what the partner does is worth retrying on the schedule.
 */
public final class PartnerHandoff {
    private final Partners partners;
    private final List<DeliveryGateway> gateways;
    private final DeliveryPackages packages;
    private final SecretCipher cipher;
    private final RetrySchedule schedule;
    private final Clock clock;

    public PartnerHandoff(Partners partners, List<DeliveryGateway> gateways, DeliveryPackages packages,
                          SecretCipher cipher, RetrySchedule schedule, Clock clock) {
        this.partners = partners;
        this.gateways = List.copyOf(gateways);
        this.packages = packages;
        this.cipher = cipher;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * What an attempt came to: the partner (null when it was deleted), the attempt, when to retry (null: not again)
     * and when it finished.
     */
    record Handoff(Partner partner, DeliveryAttempt attempt, Instant retryAt, Instant finished) {
    }

    /** Hands the delivery, started at {@code started}, to its partner. */
    Handoff attempt(OrganizationId org, Delivery delivery, Instant started) {
        Optional<Partner> partner = partnerOf(org, delivery);
        DeliveryGateway.Result result;
        boolean retryable = false;
        Optional<DeliveryGateway> gateway = partner.flatMap(this::gatewayFor);
        if (partner.isEmpty()) {
            result = DeliveryGateway.Result.failed("the partner was deleted");
        } else if (gateway.isEmpty()) {
            result = DeliveryGateway.Result.failed("no gateway delivers by " + partner.get().protocol() + " yet");
        } else {
            DeliveryPackage pkg;
            try {
                pkg = packages.packageFor(org, delivery, partner.get());
            } catch (DomainException e) {
                pkg = null;
            }
            // a package that cannot be built fails for good; what the partner does is worth retrying
            result = pkg == null ? DeliveryGateway.Result.failed("the release cannot be packaged for delivery")
                    : gateway.get().deliver(partner.get(), credentials(partner.get()), pkg);
            retryable = pkg != null;
        }
        Instant finished = clock.now();
        int number = delivery.attempts().size() + 1;
        DeliveryAttempt attempt = new DeliveryAttempt(number, started, result.succeeded(), result.error(),
                result.partnerReference(), Duration.between(started, finished).toMillis());
        Duration delay = result.succeeded() || !retryable ? null : schedule.after(number);
        Instant retryAt = delay == null ? null : finished.plus(delay);
        return new Handoff(partner.orElse(null), attempt, retryAt, finished);
    }

    /** The partner the delivery goes to; empty when it was deleted. */
    Optional<Partner> partnerOf(OrganizationId org, Delivery delivery) {
        return partners.find(org, delivery.partnerId());
    }

    private Optional<DeliveryGateway> gatewayFor(Partner partner) {
        return gateways.stream().filter(g -> g.handles(partner.protocol())).findFirst();
    }

    private String credentials(Partner partner) {
        return partner.credentialsCiphertext() == null ? null : cipher.decrypt(partner.credentialsCiphertext());
    }
}
