package io.soundport.application.identity;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

/**
 * Sign-in with e-mail and password, into one of the user's organizations (the oldest when not named). The e-mail
 * stays a string: one that is not an address fails as a wrong one does, and says nothing more.
 */
public record LoginCommand(String email, String password, OrganizationId organizationId, String clientAddress) {
    public LoginCommand {
        Validation v = new Validation();
        v.require(email != null && !email.isBlank(), "email", "must not be blank");
        v.require(password != null && !password.isEmpty(), "password", "must not be blank");
        v.throwIfInvalid();
    }

    /** {@code organizationId} may be null or blank: the oldest organization of the user. */
    public static LoginCommand of(String email, String password, String organizationId) {
        Validation v = new Validation();
        v.require(email != null && !email.isBlank(), "email", "must not be blank");
        v.require(password != null && !password.isEmpty(), "password", "must not be blank");
        OrganizationId org = organizationId == null || organizationId.isBlank() ? null
                : v.field("organizationId", () -> parseOrganization(organizationId));
        v.throwIfInvalid();
        return new LoginCommand(email, password, org, null);
    }

    /** The same sign-in, from this client address (failed sign-ins are counted per e-mail and address). */
    public LoginCommand from(String address) {
        return new LoginCommand(email, password, organizationId, address);
    }

    private static OrganizationId parseOrganization(String value) {
        try {
            return OrganizationId.of(value);
        } catch (DomainException e) {
            throw DomainException.invalid("organizationId", "is not an organization id");
        }
    }

    @Override
    public String toString() {
        return "LoginCommand[" + email + "]";
    }
}
