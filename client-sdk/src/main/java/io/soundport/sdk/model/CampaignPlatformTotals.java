package io.soundport.sdk.model;

/**
 * A campaign's totals on one publisher platform over a period.
 *
 * @param publisherPlatform where the ads ran, as Meta names it ({@code facebook}, {@code instagram}...)
 * @param totals            what the campaign did there
 */
public record CampaignPlatformTotals(String publisherPlatform, CampaignTotals totals) {
}
