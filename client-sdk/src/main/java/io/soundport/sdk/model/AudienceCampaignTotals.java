package io.soundport.sdk.model;

/**
 * One campaign that targets an audience, and what it did over the period asked for.
 *
 * @param campaignId the campaign
 * @param name       its name
 * @param status     its status now
 * @param totals     what it did over the period
 */
public record AudienceCampaignTotals(String campaignId, String name, CampaignStatus status, CampaignTotals totals) {
}
