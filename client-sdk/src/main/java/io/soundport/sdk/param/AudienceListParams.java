package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.AudienceType;

/**
 * Which audiences {@code audiences().list(..)} returns, newest first.
 *
 * @param type   one type, or null for all
 * @param origin only the lookalikes made from this audience, or null
 * @param limit  items per page, 1 to 100; 20 when null
 * @param cursor the {@code nextCursor()} of the previous page, or null
 */
public record AudienceListParams(AudienceType type, String origin, Integer limit, String cursor) {
    /**
     * Refuses a type the server cannot filter by.
     *
     * @param type   one type, or null for all
     * @param origin only the lookalikes made from this audience, or null
     * @param limit  items per page, 1 to 100; 20 when null
     * @param cursor the {@code nextCursor()} of the previous page, or null
     * @throws IllegalArgumentException when the type is {@link AudienceType#UNKNOWN}
     */
    public AudienceListParams {
        ApiEnum.requireKnown(type, "type");
    }

    /**
     * Every audience, newest first, 20 a page.
     *
     * @return the params
     */
    public static AudienceListParams all() {
        return new AudienceListParams(null, null, null, null);
    }

    /**
     * The lookalikes made from an audience.
     *
     * @param origin the custom audience's id
     * @return the params
     */
    public static AudienceListParams lookalikesOf(String origin) {
        return new AudienceListParams(null, origin, null, null);
    }
}
