package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

/** How packages reach a partner. Params refuse {@link #UNKNOWN}. */
public enum PartnerProtocol implements ApiEnum {
    /** POSTed as {@code multipart/form-data} to the partner's https URL. */
    HTTP,
    /** Written to a folder under the server's drops directory. */
    FILE,
    /** Reserved for the AWS integration: the server refuses it for now. */
    S3,
    /** A protocol this version of the SDK does not know; the record's {@code protocolValue()} has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static PartnerProtocol fromValue(String value) {
        return ApiEnum.fromValue(PartnerProtocol.class, value);
    }
}
