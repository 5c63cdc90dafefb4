package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

/** One person to add to a custom audience: the hash of their e-mail, of their phone, or both. */
public record HashedContact(Sha256Hex email, Sha256Hex phone) {
    public HashedContact {
        if (email == null && phone == null) {
            throw DomainException.invalid("email", "give an e-mail, a phone or both");
        }
    }
}
