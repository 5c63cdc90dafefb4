package io.soundport.sdk.model;

/**
 * A campaign's totals in one country over a period.
 *
 * @param country the country of the people reached, ISO 3166-1 alpha-2 as Meta reports it
 * @param totals  what the campaign did there
 */
public record CampaignCountryTotals(String country, CampaignTotals totals) {
}
