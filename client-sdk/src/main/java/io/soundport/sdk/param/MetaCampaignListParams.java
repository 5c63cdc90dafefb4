package io.soundport.sdk.param;

import java.util.Objects;

/**
 * Which campaigns {@code meta().listCampaigns(..)} returns, newest first.
 *
 * @param adAccountId the ad account, {@code act_} and digits or the digits alone; required
 * @param limit       items per page, 1 to 100; 25 when null
 * @param cursor      the {@code nextCursor()} of the previous page, or null
 */
public record MetaCampaignListParams(String adAccountId, Integer limit, String cursor) {
    /**
     * Checks the ad account is given.
     *
     * @param adAccountId the ad account
     * @param limit       items per page, or null
     * @param cursor      the previous page's cursor, or null
     * @throws NullPointerException without an ad account
     */
    public MetaCampaignListParams {
        Objects.requireNonNull(adAccountId, "adAccountId is required");
    }

    /**
     * The first page of the account's campaigns, 25 of them.
     *
     * @param adAccountId the ad account
     * @return the params
     */
    public static MetaCampaignListParams of(String adAccountId) {
        return new MetaCampaignListParams(adAccountId, null, null);
    }
}
