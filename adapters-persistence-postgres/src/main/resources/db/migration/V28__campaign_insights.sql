-- The daily insights of campaigns, as the ad platform last reported them: one row per campaign, breakdown ('NONE':
-- the day's totals, value ''; 'COUNTRY' or 'PUBLISHER_PLATFORM': one slice, value naming it; 'HOURLY_READING': the
-- lifetime totals as last read in the UTC hour the value names), UTC day and value, upserted when a later reading
-- revises the day. Spend is integer minor units of currency, as in campaigns. No foreign key to campaigns: a deleted
-- campaign's days stay, and what it spent with them.
CREATE TABLE campaign_insights (
    organization_id text   NOT NULL,
    campaign_id     text   NOT NULL,
    breakdown       text   NOT NULL,
    day             date   NOT NULL,
    value           text   COLLATE "C" NOT NULL,
    impressions     bigint NOT NULL,
    reach           bigint NOT NULL,
    clicks          bigint NOT NULL,
    spend_minor     bigint NOT NULL,
    currency        text   NOT NULL,
    conversions     bigint NOT NULL,
    CONSTRAINT campaign_insights_pkey PRIMARY KEY (organization_id, campaign_id, breakdown, day, value),
    CONSTRAINT campaign_insights_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT campaign_insights_breakdown_check CHECK (breakdown IN ('NONE', 'COUNTRY', 'PUBLISHER_PLATFORM',
        'HOURLY_READING')),
    CONSTRAINT campaign_insights_value_check
        CHECK ((breakdown = 'NONE') = (value = '') AND char_length(value) <= 64),
    CONSTRAINT campaign_insights_currency_check CHECK (char_length(currency) = 3),
    CONSTRAINT campaign_insights_measures_check CHECK (impressions >= 0 AND reach >= 0 AND clicks >= 0
        AND spend_minor >= 0 AND conversions >= 0)
);
-- the day totals of every campaign of an organization over a range of days (CampaignInsights.totals)
CREATE INDEX campaign_insights_totals_idx ON campaign_insights (organization_id, day) WHERE breakdown = 'NONE';
