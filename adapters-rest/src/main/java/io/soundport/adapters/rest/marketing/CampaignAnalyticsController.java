package io.soundport.adapters.rest.marketing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.marketing.CampaignAnalyticsViews.AudienceInsightsView;
import io.soundport.adapters.rest.marketing.CampaignAnalyticsViews.CampaignAnalyticsView;
import io.soundport.adapters.rest.marketing.CampaignRequests.ExportRequest;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.analytics.AudienceInsightsQuery;
import io.soundport.application.analytics.CampaignAnalytics;
import io.soundport.application.analytics.CampaignAnalyticsQuery;
import io.soundport.application.analytics.CampaignCsv;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.CampaignId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

/**
 * Campaign analytics: a campaign's series and breakdowns, its days as CSV, and what the campaigns that target an
 * audience did. Read from the daily insights the campaign monitor keeps, never from Meta at request time.
 */
@Controller(SoundportApi.BASE + "/analytics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "analytics")
@ApiDocs.Authenticated
public final class CampaignAnalyticsController {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignAnalyticsController.class);
    private static final String FROM = "the first UTC day, such as 2026-11-01";
    private static final String TO = "the last UTC day, included; at most 731 days after from";
    /** How much of the CSV waits between its writer and the connection. */
    private static final int PIPE_BYTES = 64 * 1024;

    private final CampaignAnalytics analytics;
    private final Callers callers;
    private final ExecutorService blocking;

    public CampaignAnalyticsController(CampaignAnalytics analytics, Callers callers,
                                       @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.analytics = analytics;
        this.callers = callers;
        this.blocking = blocking;
    }

    @Get("/campaigns/{id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getCampaignAnalytics", summary = "A campaign's results per day or hour, by country and "
            + "by publisher platform",
            description = "From the daily insights read from Meta while the campaign runs (every hour by default, "
                    + "each reading revising the last 28 days). Without from and to, the campaign's days so far.")
    public CampaignAnalyticsView campaign(HttpRequest<?> request, @PathVariable String id,
                                          @Nullable @Parameter(description = FROM + "; the campaign's start by "
                                                  + "default") @QueryValue String from,
                                          @Nullable @Parameter(description = TO + "; the campaign's end, or today "
                                                  + "while it runs, by default") @QueryValue String to,
                                          @Nullable @Parameter(description = "day (the default) or hour: an hour is "
                                                  + "what the readings of that hour added to the reading before; an "
                                                  + "hourly series spans at most 31 days") @QueryValue
                                          String granularity) {
        return CampaignAnalyticsView.of(analytics.campaign(callers.of(request),
                CampaignAnalyticsQuery.of(campaignId(id), from, to, granularity)));
    }

    @Post("/campaigns/{id}/export")
    @Produces("text/csv")
    @ApiDocs.NotFound
    @ApiResponse(responseCode = "200", description = "A header, then one row per day (or per day and country or "
            + "platform) that has a reading: `date[,country|publisher_platform],impressions,reach,clicks,spend,"
            + "currency,conversions`, spend in major units",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @Operation(operationId = "exportCampaignAnalytics", summary = "A campaign's days as CSV, streamed",
            description = "A read: no Idempotency-Key is needed. The file is written as it is read from the store.")
    public HttpResponse<StreamedFile> export(HttpRequest<?> request, @PathVariable String id,
                                             @Nullable @Body ExportRequest body) {
        ExportRequest asked = body == null ? new ExportRequest(null, null, null) : body;
        CampaignCsv csv = analytics.export(callers.of(request), asked.command(campaignId(id)));
        return HttpResponse.ok(new StreamedFile(stream(csv), new MediaType("text/csv; charset=utf-8")))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + csv.fileName() + "\"");
    }

    @Get("/audiences/{id}/insights")
    @ApiDocs.NotFound
    @Operation(operationId = "getAudienceInsights", summary = "What the campaigns that target an audience did",
            description = "Each campaign's totals over the period, and all of them added up. Without from and to, "
                    + "the last 30 days.")
    public AudienceInsightsView audience(HttpRequest<?> request, @PathVariable String id,
                                         @Nullable @Parameter(description = FROM) @QueryValue String from,
                                         @Nullable @Parameter(description = TO) @QueryValue String to) {
        return AudienceInsightsView.of(analytics.audience(callers.of(request), AudienceInsightsQuery.of(
                PathIds.parse(id, AudienceId::of, "Audience"), from, to)));
    }

    /**
     * The CSV as a stream its writer fills on a blocking thread as the connection takes it. A failure midway closes
     * the reading side, so that the reader fails too and the client sees a broken download, never a short file that
     * looks whole; a client gone midway closes it the other way, and the writer stops.
     */
    private PipedInputStream stream(CampaignCsv csv) {
        PipedInputStream in = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        blocking.execute(() -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                csv.writeTo(writer);
                writer.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("The export {} stopped: {}", csv.fileName(), e.toString());
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing a pipe's reading side does not fail
                }
            }
        });
        return in;
    }

    private static CampaignId campaignId(String raw) {
        return PathIds.parse(raw, CampaignId::of, "Campaign");
    }
}
