package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

/** How packages reach a partner. Params refuse {@link #UNKNOWN}. */
public enum PartnerProtocol implements ApiEnum {
    /** POSTed as {@code multipart/form-data} to the partner's https URL. */
    HTTP,
    /** Written to a folder under the server's drops directory, as a DDEX batch. */
    FILE,
    /**
     * Written into the partner's S3 bucket as a DDEX batch, {@code <prefix>/<batch id>/<UPC>/<file>}, the
     * {@code BatchComplete_<batch id>.xml} marker last; the endpoint
     * is {@code s3://<bucket>/<prefix>} and the credentials a JSON object with the region and keys or a role.
     */
    S3,
    /**
     * Uploaded to the partner's SFTP server as a DDEX batch into {@code <folder>/<batch id>/<UPC>/}, the marker last,
     * resumed on a retry; the endpoint is {@code sftp://<host>[:<port>]/<folder>} and the credentials a JSON object with the user,
     * a password or a private key, and the pinned host key fingerprint ({@code SHA256:...}).
     */
    SFTP,
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
