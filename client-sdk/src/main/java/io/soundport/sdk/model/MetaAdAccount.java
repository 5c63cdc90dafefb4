package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Meta ad account the connected user may act on.
 *
 * @param id          Meta's id, {@code act_} and digits
 * @param name        the account's name
 * @param currency    the ISO 4217 currency every budget and amount of the account is in
 * @param statusValue the status as sent; {@link #status()} reads it as an enum
 */
public record MetaAdAccount(String id, String name, String currency, @JsonProperty("status") String statusValue) {
    /**
     * The account's status.
     *
     * @return the status, {@link MetaAdAccountStatus#UNKNOWN} for one this SDK does not know
     */
    public MetaAdAccountStatus status() {
        return MetaAdAccountStatus.fromValue(statusValue);
    }
}
