package io.soundport.sdk.param;

/**
 * One person to add to an audience, by e-mail, phone (international form) or both; the server hashes them before
 * they reach Meta and keeps neither. Its text never shows the values.
 *
 * @param email an e-mail address, or null
 * @param phone a phone number with its country code, or null
 */
public record MetaAudiencePerson(String email, String phone) {
    /**
     * A person by e-mail.
     *
     * @param email the address
     * @return the person
     */
    public static MetaAudiencePerson email(String email) {
        return new MetaAudiencePerson(email, null);
    }

    /**
     * A person by phone.
     *
     * @param phone in international form
     * @return the person
     */
    public static MetaAudiencePerson phone(String phone) {
        return new MetaAudiencePerson(null, phone);
    }

    @Override
    public String toString() {
        return "MetaAudiencePerson[***]";
    }
}
