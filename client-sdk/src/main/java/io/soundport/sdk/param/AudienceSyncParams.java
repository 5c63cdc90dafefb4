package io.soundport.sdk.param;

/**
 * Where {@code audiences().syncToMeta(..)} pushes an audience.
 *
 * @param adAccountId the Meta ad account ({@code act_...} or its digits); null once the audience has one (its last
 *                    sync's, or a lookalike's origin's)
 */
public record AudienceSyncParams(String adAccountId) {
    /**
     * Into that ad account.
     *
     * @param adAccountId the Meta ad account
     * @return the params
     */
    public static AudienceSyncParams inAccount(String adAccountId) {
        return new AudienceSyncParams(adAccountId);
    }
}
