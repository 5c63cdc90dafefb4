package io.soundport.sdk.model;

/** A Meta ad account's status, as Meta's {@code account_status} codes name them. */
public enum MetaAdAccountStatus implements ApiEnum {
    /** The account runs ads. */
    ACTIVE,
    /** Meta disabled the account. */
    DISABLED,
    /** A payment is due. */
    UNSETTLED,
    /** Meta is reviewing the account. */
    PENDING_RISK_REVIEW,
    /** A settlement is pending. */
    PENDING_SETTLEMENT,
    /** In a grace period. */
    IN_GRACE_PERIOD,
    /** Being closed. */
    PENDING_CLOSURE,
    /** Closed. */
    CLOSED,
    /** A status the server does not name (a code Meta added later). */
    OTHER,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static MetaAdAccountStatus fromValue(String value) {
        return ApiEnum.fromValue(MetaAdAccountStatus.class, value);
    }
}
