package io.soundport.domain.marketing;

import io.soundport.domain.integrations.ads.CustomerHash;
import io.soundport.domain.integrations.ads.HashedContact;
import io.soundport.domain.integrations.ads.Sha256Hex;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

/**
 * One person of a custom audience, as the hashes Meta matches people by ({@link CustomerHash}: normalized, then
 * SHA-256): of their e-mail, of their phone, or both. The raw values are hashed as they arrive and never kept. A
 * person is known by their {@link #key()}: the e-mail's hash when there is one, else the phone's; the same key added
 * again is the same person (the first one added stays).
 */
public record AudienceMember(Sha256Hex email, Sha256Hex phone) {
    public AudienceMember {
        if (email == null && phone == null) {
            throw DomainException.invalid("email", "give an e-mail, a phone or both");
        }
    }

    /** Hashes the raw e-mail and phone (either may be null or blank, not both); errors name {@code email}, {@code phone}. */
    public static AudienceMember of(String email, String phone) {
        boolean noEmail = email == null || email.isBlank();
        boolean noPhone = phone == null || phone.isBlank();
        if (noEmail && noPhone) {
            throw DomainException.invalid("email", "give an e-mail, a phone or both");
        }
        Validation v = new Validation();
        Sha256Hex e = noEmail ? null : v.field("email", () -> CustomerHash.email(email, "email"));
        Sha256Hex p = noPhone ? null : v.field("phone", () -> CustomerHash.phone(phone, "phone"));
        v.throwIfInvalid();
        return new AudienceMember(e, p);
    }

    /** What identifies the person within the audience, and orders the members. */
    public String key() {
        return (email != null ? email : phone).value();
    }

    /** The person as Meta takes them. */
    public HashedContact contact() {
        return new HashedContact(email, phone);
    }
}
