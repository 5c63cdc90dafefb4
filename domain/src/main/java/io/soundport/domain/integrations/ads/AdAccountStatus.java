package io.soundport.domain.integrations.ads;

/** Meta's {@code account_status} codes; a code Meta adds later reads as {@link #OTHER}. */
public enum AdAccountStatus {
    ACTIVE(1), DISABLED(2), UNSETTLED(3), PENDING_RISK_REVIEW(7), PENDING_SETTLEMENT(8), IN_GRACE_PERIOD(9),
    PENDING_CLOSURE(100), CLOSED(101), OTHER(-1);

    private final int code;

    AdAccountStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static AdAccountStatus ofCode(int code) {
        for (AdAccountStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        return OTHER;
    }
}
