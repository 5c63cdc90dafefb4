package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/**
 * Where the people of a customer-list audience come from, as Meta's {@code customer_file_source} names it: collected
 * by the advertiser from their own customers, provided by a partner, or both.
 */
public enum CustomerFileSource {
    USER_PROVIDED_ONLY, PARTNER_PROVIDED_ONLY, BOTH_USER_AND_PARTNER_PROVIDED;

    /** The source of that name, in any case ({@code user_provided_only} or {@code USER_PROVIDED_ONLY}). */
    public static CustomerFileSource parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("source", "must be one of USER_PROVIDED_ONLY, PARTNER_PROVIDED_ONLY, "
                    + "BOTH_USER_AND_PARTNER_PROVIDED");
        }
    }
}
