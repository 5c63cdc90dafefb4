package io.soundport.sdk;

import io.soundport.sdk.Transport.Call;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.AnalyticsOverview;
import io.soundport.sdk.model.AudienceInsights;
import io.soundport.sdk.model.CampaignAnalytics;
import io.soundport.sdk.model.RealtimeStreams;
import io.soundport.sdk.model.RecordedStreams;
import io.soundport.sdk.model.ReportImport;
import io.soundport.sdk.model.RevenueReport;
import io.soundport.sdk.model.TrackStreams;
import io.soundport.sdk.param.AnalyticsGranularity;
import io.soundport.sdk.param.CampaignBreakdown;
import io.soundport.sdk.param.ReportImportParams;
import io.soundport.sdk.param.StreamEventParams;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Analytics: stream events in; streams, revenue and real-time counts out; campaigns' results and what the campaigns
 * of an audience did. Reached through
 * {@link SoundportClient#analytics()}. Days and hours are UTC.
 * <p>Needs the {@code write} scope (or the MEMBER role) to send events, {@code read} to read. Every method may also
 * throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class AnalyticsService {
    /** The most events one {@link #recordStreams(List)} takes. */
    public static final int MAX_BATCH = 1_000;

    private final Transport transport;

    AnalyticsService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Counts a batch of stream events. Each is counted once by its event id, so a batch sent again (a retry after a
     * timeout) counts only what was not counted; the SDK retries it safely without an idempotency key.
     *
     * @param events 1 to {@value #MAX_BATCH} events
     * @return how many were counted now and how many before
     * @throws ValidationException when an event is wrong (an unknown track, a time in the future...): nothing of the
     *                             batch is counted, and the error names each field as {@code events[i].field}
     * @throws IllegalArgumentException when the batch is empty or larger than {@value #MAX_BATCH}
     */
    public RecordedStreams recordStreams(List<StreamEventParams> events) {
        return recordStreams(events, RequestOptions.none());
    }

    /**
     * Counts a batch of stream events; see {@link #recordStreams(List)}.
     *
     * @param events  1 to {@value #MAX_BATCH} events
     * @param options a deadline (an idempotency key is refused: the event ids play that part)
     * @return how many were counted now and how many before
     * @throws ValidationException when an event is wrong; nothing of the batch is counted
     */
    public RecordedStreams recordStreams(List<StreamEventParams> events, RequestOptions options) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty() || events.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_BATCH + " events");
        }
        return transport.send(Call.post("analytics", "streams").notDeduplicated()
                .body(Map.of("events", events)).options(options), RecordedStreams.class);
    }

    /**
     * The streams and revenue of a period, with the top 10 tracks and countries.
     *
     * @param from the first day
     * @param to   the last day, included; at most 731 days after {@code from}
     * @return the overview
     * @throws ValidationException when the period is reversed or too long
     */
    public AnalyticsOverview overview(LocalDate from, LocalDate to) {
        return overview(from, to, RequestOptions.none());
    }

    /**
     * The streams and revenue of a period; see {@link #overview(LocalDate, LocalDate)}.
     *
     * @param from    the first day
     * @param to      the last day, included
     * @param options a deadline
     * @return the overview
     * @throws ValidationException when the period is reversed or too long
     */
    public AnalyticsOverview overview(LocalDate from, LocalDate to, RequestOptions options) {
        return transport.send(Call.get("analytics", "overview").param("from", from).param("to", to)
                .options(options), AnalyticsOverview.class);
    }

    /**
     * A track's streams per day or hour over a period, with its streams by country and by store.
     *
     * @param trackId     the track
     * @param from        the first day
     * @param to          the last day, included
     * @param granularity per day, or per hour (a period of at most 31 days); per day when null
     * @return the track's series and breakdowns
     * @throws NotFoundException   when the track is not in the catalog
     * @throws ValidationException when the period is reversed or too long
     */
    public TrackStreams track(String trackId, LocalDate from, LocalDate to, AnalyticsGranularity granularity) {
        return track(trackId, from, to, granularity, RequestOptions.none());
    }

    /**
     * A track's streams over a period; see {@link #track(String, LocalDate, LocalDate, AnalyticsGranularity)}.
     *
     * @param trackId     the track
     * @param from        the first day
     * @param to          the last day, included
     * @param granularity per day, or per hour; per day when null
     * @param options     a deadline
     * @return the track's series and breakdowns
     * @throws NotFoundException   when the track is not in the catalog
     * @throws ValidationException when the period is reversed or too long
     */
    public TrackStreams track(String trackId, LocalDate from, LocalDate to, AnalyticsGranularity granularity,
                              RequestOptions options) {
        return transport.send(Call.get("analytics", "tracks", trackId).param("from", from).param("to", to)
                .param("granularity", granularity == null ? null : granularity.value())
                .options(options), TrackStreams.class);
    }

    /**
     * A campaign's results per day or hour, by country and by publisher platform, from what the server last read
     * from Meta. An hour is what the server's readings of Meta in that hour added to the reading before (it reads
     * every hour by default).
     *
     * @param campaignId  the campaign
     * @param from        the first day; the campaign's start when null
     * @param to          the last day, included; the campaign's end (or today while it runs) when null
     * @param granularity per day, or per hour (a period of at most 31 days); per day when null
     * @return the campaign's series and breakdowns
     * @throws NotFoundException   when there is no such campaign
     * @throws ValidationException when the period is reversed or too long
     */
    public CampaignAnalytics campaign(String campaignId, LocalDate from, LocalDate to,
                                      AnalyticsGranularity granularity) {
        return campaign(campaignId, from, to, granularity, RequestOptions.none());
    }

    /**
     * A campaign's results; see {@link #campaign(String, LocalDate, LocalDate, AnalyticsGranularity)}.
     *
     * @param campaignId  the campaign
     * @param from        the first day; the campaign's start when null
     * @param to          the last day, included; the campaign's end (or today) when null
     * @param granularity per day, or per hour; per day when null
     * @param options     a deadline
     * @return the campaign's series and breakdowns
     * @throws NotFoundException   when there is no such campaign
     * @throws ValidationException when the period is reversed or too long
     */
    public CampaignAnalytics campaign(String campaignId, LocalDate from, LocalDate to,
                                      AnalyticsGranularity granularity, RequestOptions options) {
        return transport.send(Call.get("analytics", "campaigns", campaignId).param("from", from).param("to", to)
                .param("granularity", granularity == null ? null : granularity.value())
                .options(options), CampaignAnalytics.class);
    }

    /**
     * A campaign's days as CSV: a header, then a row per day (or per day and country or publisher platform) that
     * has a reading, {@code date[,country|publisher_platform],impressions,reach,clicks,spend,currency,conversions}.
     *
     * @param campaignId the campaign
     * @param from       the first day; the campaign's start when null
     * @param to         the last day, included; the campaign's end (or today) when null
     * @param breakdown  how rows are split; a row per day when null
     * @return the CSV, its header line first
     * @throws NotFoundException   when there is no such campaign
     * @throws ValidationException when the period is reversed or too long
     */
    public String exportCampaign(String campaignId, LocalDate from, LocalDate to, CampaignBreakdown breakdown) {
        return exportCampaign(campaignId, from, to, breakdown, RequestOptions.none());
    }

    /**
     * A campaign's days as CSV; see {@link #exportCampaign(String, LocalDate, LocalDate, CampaignBreakdown)}.
     *
     * @param campaignId the campaign
     * @param from       the first day; the campaign's start when null
     * @param to         the last day, included; the campaign's end (or today) when null
     * @param breakdown  how rows are split; a row per day when null
     * @param options    a deadline (no idempotency key: an export is a read)
     * @return the CSV, its header line first
     * @throws NotFoundException   when there is no such campaign
     * @throws ValidationException when the period is reversed or too long
     */
    public String exportCampaign(String campaignId, LocalDate from, LocalDate to, CampaignBreakdown breakdown,
                                 RequestOptions options) {
        Map<String, String> body = new LinkedHashMap<>();
        if (from != null) {
            body.put("from", from.toString());
        }
        if (to != null) {
            body.put("to", to.toString());
        }
        if (breakdown != null) {
            body.put("breakdown", breakdown.value());
        }
        return transport.text(Call.post("analytics", "campaigns", campaignId, "export").notDeduplicated()
                .accepting("text/csv").body(body).options(options));
    }

    /**
     * What the campaigns that target an audience did over a period, each and added up.
     *
     * @param audienceId the audience
     * @param from       the first day; 29 days before {@code to} when null
     * @param to         the last day, included; today when null
     * @return the campaigns' totals
     * @throws NotFoundException   when there is no such audience
     * @throws ValidationException when the period is reversed or too long
     */
    public AudienceInsights audienceInsights(String audienceId, LocalDate from, LocalDate to) {
        return audienceInsights(audienceId, from, to, RequestOptions.none());
    }

    /**
     * What the campaigns that target an audience did; see {@link #audienceInsights(String, LocalDate, LocalDate)}.
     *
     * @param audienceId the audience
     * @param from       the first day; 29 days before {@code to} when null
     * @param to         the last day, included; today when null
     * @param options    a deadline
     * @return the campaigns' totals
     * @throws NotFoundException   when there is no such audience
     * @throws ValidationException when the period is reversed or too long
     */
    public AudienceInsights audienceInsights(String audienceId, LocalDate from, LocalDate to,
                                             RequestOptions options) {
        return transport.send(Call.get("analytics", "audiences", audienceId, "insights").param("from", from)
                .param("to", to).options(options), AudienceInsights.class);
    }

    /**
     * Streams and revenue per store and month.
     *
     * @param period a year ({@code 2026}), a month ({@code 2026-11}) or a range of months
     *               ({@code 2026-01..2026-06}), at most 36 months
     * @return the report
     * @throws ValidationException when the period cannot be read or is too long
     */
    public RevenueReport revenueReport(String period) {
        return revenueReport(period, RequestOptions.none());
    }

    /**
     * Streams and revenue per store and month; see {@link #revenueReport(String)}.
     *
     * @param period  a year, a month or a range of months
     * @param options a deadline
     * @return the report
     * @throws ValidationException when the period cannot be read or is too long
     */
    public RevenueReport revenueReport(String period, RequestOptions options) {
        return transport.send(Call.get("analytics", "reports").param("period", period).options(options),
                RevenueReport.class);
    }

    /**
     * A track's streams per minute over the last 60 minutes, as they arrive.
     *
     * @param trackId the track
     * @return sixty minutes, oldest first
     * @throws NotFoundException when the track is not in the catalog
     */
    public RealtimeStreams realtime(String trackId) {
        return realtime(trackId, RequestOptions.none());
    }

    /**
     * A track's streams per minute over the last 60 minutes; see {@link #realtime(String)}.
     *
     * @param trackId the track
     * @param options a deadline
     * @return sixty minutes, oldest first
     * @throws NotFoundException when the track is not in the catalog
     */
    public RealtimeStreams realtime(String trackId, RequestOptions options) {
        return transport.send(Call.get("streaming", "realtime", trackId).options(options), RealtimeStreams.class);
    }

    /**
     * Subscribes to a track's streams per minute over the last 60 minutes, pushed as they change, over a WebSocket
     * ({@code WS /streaming/ws/{track_id}}): the listener hears the counts at once, then whenever a stream is counted
     * (by any server instance, within about a second) or a minute passes. The client's credentials go in the
     * socket's first message. Refusals (an unknown track, credentials that stand for nobody) arrive at
     * {@link RealtimeListener#onError}, then {@link RealtimeListener#onClosed}. The server's AWS Lambda deployment
     * has no WebSockets: subscribe to a server that runs as a process.
     *
     * @param trackId  the track
     * @param listener hears the counts and the end; an exception it throws ends the subscription (1006)
     * @return the subscription, open until it is closed, by you or by the server
     * @throws io.soundport.sdk.exception.SoundportException when the client must sign in or refresh its token first
     *                                                       and cannot
     */
    public RealtimeSubscription subscribeRealtime(String trackId, RealtimeListener listener) {
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(listener, "listener");
        return RealtimeSubscription.open(transport, trackId, listener);
    }

    /**
     * Uploads a sales report, streamed from a file and never held in memory, to be counted in the background; poll
     * {@link #retrieveReportImport(String)} until its status is finished. The same file imported again counts
     * nothing twice.
     *
     * @param file   the report (UTF-8 CSV or TSV)
     * @param params its layout
     * @return the import, QUEUED
     * @throws ValidationException when the file's header is not of the layout
     */
    public ReportImport importReport(Path file, ReportImportParams params) {
        return importReport(file, params, UploadProgress.NONE, RequestOptions.none());
    }

    /**
     * Uploads a sales report from a file; see {@link #importReport(Path, ReportImportParams)}.
     *
     * @param file     the report (UTF-8 CSV or TSV)
     * @param params   its layout
     * @param progress told as the bytes go out
     * @param options  a deadline (two hours when none is given), retries
     * @return the import, QUEUED
     * @throws ValidationException when the file's header is not of the layout
     */
    public ReportImport importReport(Path file, ReportImportParams params, UploadProgress progress,
                                     RequestOptions options) {
        return transport.send(importCall(params).raw(Uploads.of(file, contentType(params), progress))
                .options(options), ReportImport.class);
    }

    /**
     * Uploads a sales report read from a stream, sent as it is read; sent once (a stream cannot be read again). The
     * caller closes the stream.
     *
     * @param content  the report's bytes
     * @param length   how many bytes the stream holds, or -1 when unknown (sent chunked)
     * @param params   its layout
     * @param options  a deadline
     * @return the import, QUEUED
     * @throws ValidationException when the file's header is not of the layout
     */
    public ReportImport importReport(InputStream content, long length, ReportImportParams params,
                                     RequestOptions options) {
        return transport.send(importCall(params).raw(Uploads.of(content, length, contentType(params),
                UploadProgress.NONE)).options(options), ReportImport.class);
    }

    /**
     * An import of a sales report with its counts so far and its first rejected rows.
     *
     * @param id the import's id
     * @return the import
     * @throws NotFoundException when there is no such import
     */
    public ReportImport retrieveReportImport(String id) {
        return retrieveReportImport(id, RequestOptions.none());
    }

    /**
     * An import of a sales report; see {@link #retrieveReportImport(String)}.
     *
     * @param id      the import's id
     * @param options a deadline
     * @return the import
     * @throws NotFoundException when there is no such import
     */
    public ReportImport retrieveReportImport(String id, RequestOptions options) {
        return transport.send(Call.get("analytics", "reports", "imports", id).options(options), ReportImport.class);
    }

    /**
     * Every rejected row of a finished import, as CSV text: {@code row,reasons}.
     *
     * @param id the import's id
     * @return the CSV, its header line first
     * @throws NotFoundException when there is no such import
     * @throws io.soundport.sdk.exception.ConflictException while the import is still running
     */
    public String reportRejections(String id) {
        return reportRejections(id, RequestOptions.none());
    }

    /**
     * Every rejected row of a finished import; see {@link #reportRejections(String)}.
     *
     * @param id      the import's id
     * @param options a deadline
     * @return the CSV, its header line first
     * @throws NotFoundException when there is no such import
     */
    public String reportRejections(String id, RequestOptions options) {
        return transport.text(Call.get("analytics", "reports", "imports", id, "rejections").accepting("text/csv")
                .options(options));
    }

    private static Call importCall(ReportImportParams params) {
        Call call = Call.post("analytics", "reports", "import").notDeduplicated()
                .param("layout", params.layout().value());
        params.columns().forEach((field, header) -> call.param("columns." + field, header));
        return call;
    }

    private static String contentType(ReportImportParams params) {
        return params.layout() == ReportImportParams.Layout.DISTROKID ? "text/tab-separated-values" : "text/csv";
    }
}
