package io.soundport.domain.integrations.ads;

/**
 * Who converted, as the Conversions API's {@code user_data} takes it: the hashed customer information
 * ({@link CustomerHash}: e-mail, phone, first and last name, city, state, zip, country, external id) and the values
 * Meta wants unhashed (client IP address and user agent, the {@code _fbc} click and {@code _fbp} browser ids).
 * Every field may be null, but one of e-mail, phone, external id, client IP address or {@code fbp}/{@code fbc}
 * identifies the person.
 */
public record ConversionUser(Sha256Hex email, Sha256Hex phone, Sha256Hex firstName, Sha256Hex lastName,
                             Sha256Hex city, Sha256Hex state, Sha256Hex zip, Sha256Hex country,
                             Sha256Hex externalId, String clientIpAddress, String clientUserAgent, String fbc,
                             String fbp) {
    /** Whether anything here lets Meta match the event to a person. */
    public boolean identifies() {
        return email != null || phone != null || externalId != null || clientIpAddress != null || fbc != null
                || fbp != null;
    }
}
