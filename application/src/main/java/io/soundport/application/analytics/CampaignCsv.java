package io.soundport.application.analytics;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignInsights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A campaign's stored days as CSV (RFC 4180, CRLF line ends, UTF-8): a header, then one row per day, or per day and
 * country or publisher platform, by day then value; spend in major units with its currency. Rows are read from the
 * store as they are written, page by page, never all held at once. A value that a spreadsheet would take for a
 * formula is written with a leading apostrophe.
 */
public final class CampaignCsv {
    private final CampaignInsights insights;
    private final OrganizationId organizationId;
    private final CampaignId campaignId;
    private final AnalyticsPeriod period;
    private final CampaignBreakdown breakdown;

    CampaignCsv(CampaignInsights insights, OrganizationId organizationId, CampaignId campaignId,
                AnalyticsPeriod period, CampaignBreakdown breakdown) {
        this.insights = insights;
        this.organizationId = organizationId;
        this.campaignId = campaignId;
        this.period = period;
        this.breakdown = breakdown;
    }

    /** A name for the file: the campaign, the breakdown and the period. */
    public String fileName() {
        return campaignId.value() + (breakdown == CampaignBreakdown.NONE ? "" : "-by-" + breakdown.slug()) + "-"
                + period.from() + "-" + period.to() + ".csv";
    }

    /** Writes the header and every row; the writer is flushed, not closed. */
    public void writeTo(Writer out) throws IOException {
        out.write("date," + (breakdown == CampaignBreakdown.NONE ? "" : breakdown.slug() + ",")
                + "impressions,reach,clicks,spend,currency,conversions\r\n");
        try {
            insights.forEach(organizationId, campaignId, breakdown, period.from(), period.to(), day -> {
                try {
                    write(out, day);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private void write(Writer out, CampaignDay day) throws IOException {
        out.write(day.day().toString());
        out.write(',');
        if (breakdown != CampaignBreakdown.NONE) {
            out.write(cell(day.value()));
            out.write(',');
        }
        out.write(day.impressions() + "," + day.reach() + "," + day.clicks() + ","
                + day.spend().decimal().toPlainString() + "," + day.spend().currency().getCurrencyCode() + ","
                + day.conversions() + "\r\n");
    }

    /** The value as one CSV cell: quoted when it holds a comma, a quote or a line end; never a formula. */
    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
