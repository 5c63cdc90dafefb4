package io.soundport.sdk.model;

/**
 * An e-mail address and whether its owner proved they read its mailbox. Invitations to an address count only once
 * it is verified.
 *
 * @param email         the address
 * @param emailVerified whether it is verified
 */
public record EmailVerification(String email, boolean emailVerified) {
}
