package io.soundport.domain.distribution;

/**
 * Hands a package to a partner by the partner's protocol. Never throws for the partner's failures (refusals,
 * time-outs, an unreachable endpoint): they come back as a result, and the worker retries along the schedule.
 */
public interface DeliveryGateway {
    /** True when this gateway speaks the protocol. */
    boolean handles(Protocol protocol);

    Result deliver(Partner partner, String credentials, DeliveryPackage delivery);

    /** The outcome: success with the partner's reference (when it gives one), or the reason it failed. */
    record Result(boolean succeeded, String partnerReference, String error) {
        public static Result delivered(String partnerReference) {
            return new Result(true, partnerReference, null);
        }

        public static Result failed(String error) {
            return new Result(false, null, error);
        }
    }
}
