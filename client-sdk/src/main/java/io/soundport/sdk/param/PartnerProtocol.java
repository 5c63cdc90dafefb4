package io.soundport.sdk.param;

/** How packages reach a partner. */
public enum PartnerProtocol {
    /** POSTed as {@code multipart/form-data} to the partner's https URL. */
    HTTP,
    /** Written to a folder under the server's drops directory. */
    FILE,
    /** Reserved for the AWS integration: the server refuses it for now. */
    S3
}
