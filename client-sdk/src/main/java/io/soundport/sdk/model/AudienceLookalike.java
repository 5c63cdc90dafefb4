package io.soundport.sdk.model;

import java.math.BigDecimal;

/**
 * What a lookalike audience is made from.
 *
 * @param originId the custom audience it is made from
 * @param ratio    the share of the country's people it takes, 0.01 to 0.20, exact
 */
public record AudienceLookalike(String originId, BigDecimal ratio) {
}
