package io.soundport.adapters.rest.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.analytics.AnalyticsViews.ReportImportView;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.analytics.ReportImportService;
import io.soundport.application.analytics.ReportUpload;
import io.soundport.application.analytics.StartReportImportCommand;
import io.soundport.domain.analytics.report.ReportImport;
import io.soundport.domain.analytics.report.ReportImportId;
import io.soundport.domain.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sales reports of stores and distributors imported into the stream analytics: the file is uploaded as the request
 * body and streamed to storage, then counted in the background; the import shows its progress and its rejected rows.
 */
@Controller(SoundportApi.BASE + "/analytics/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "analytics")
@ApiDocs.Authenticated
public final class ReportImportController {
    private static final String COLUMN = "columns.";

    private final ReportImportService imports;
    private final Callers callers;

    public ReportImportController(ReportImportService imports, Callers callers) {
        this.imports = imports;
        this.callers = callers;
    }

    @Post("/import")
    @Consumes(MediaType.ALL)
    @ApiDocs.Upload
    @ApiResponse(responseCode = "202", description = "Accepted: the import is QUEUED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportImportView.class)), headers = {
            @Header(name = "Location", ref = "#/components/headers/Location"),
            @Header(name = "X-Request-Id", ref = "#/components/headers/XRequestId")})
    @Operation(operationId = "importSalesReport", summary = "Import a store's or distributor's sales report (CSV), "
            + "counted in the background",
            description = "The body is the report itself (text/csv, text/tab-separated-values or text/plain, UTF-8, "
                    + "up to 2 GiB), streamed to storage and never held whole. `layout` says how it is laid out: "
                    + "`generic` (the default: columns named isrc or track_id, partner, country, occurred_at, and "
                    + "optionally count, revenue with currency, event_id; comma, semicolon or tab separated; rename a "
                    + "column with `columns.<field>=<header>`, such as `columns.isrc=ISRC Code`), `distrokid` (its bank "
                    + "export, tab separated) or `tunecore` (its sales report). A file whose header is not of the "
                    + "layout is refused at once (400 on `file`). Rows are counted once each: the same file imported "
                    + "again counts nothing twice. Poll `GET /analytics/reports/imports/{id}` (`Location`) for the "
                    + "counts; a row that cannot be counted (no ISRC, a track the catalog lacks, an unknown country, "
                    + "a negative amount) is rejected with its reasons. Needs a member who may write or an API key "
                    + "with the write scope.",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/tab-separated-values",
                            schema = @Schema(type = "string", format = "binary"))}))
    public HttpResponse<ReportImportView> start(HttpRequest<?> request,
                                                @Nullable @Parameter(description = "generic (the default), distrokid "
                                                        + "or tunecore") @QueryValue String layout) {
        Map<String, String> columns = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> {
            if (name.startsWith(COLUMN) && !values.isEmpty()) {
                columns.put(name.substring(COLUMN.length()), values.get(0));
            }
        });
        StartReportImportCommand command = StartReportImportCommand.of(layout, columns);
        try (InputStream body = body(request)) {
            ReportImport started = imports.start(callers.of(request), command,
                    new ReportUpload(body, request.getContentLength()));
            return HttpResponse.<ReportImportView>accepted()
                    .header(HttpHeaders.LOCATION, SoundportApi.BASE + "/analytics/reports/imports/"
                            + started.id().value())
                    .body(ReportImportView.of(started));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/imports/{id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getReportImport", summary = "An import of a sales report, with its counts so far and "
            + "its first rejected rows")
    public ReportImportView get(HttpRequest<?> request, @PathVariable String id) {
        return ReportImportView.of(imports.get(callers.of(request), PathIds.parse(id, ReportImportId::of,
                "Report import")));
    }

    @Get("/imports/{id}/rejections")
    @Produces("text/csv")
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @ApiResponse(responseCode = "200", description = "Every rejected row: `row,reasons` (the row's number in the file, "
            + "its header being row 1; the reasons joined by '; ')",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @Operation(operationId = "getReportImportRejections", summary = "Every rejected row of a finished import, as CSV",
            description = "409 while the import is still running.")
    public HttpResponse<StreamedFile> rejections(HttpRequest<?> request, @PathVariable String id) {
        InputStream csv = imports.rejections(callers.of(request), PathIds.parse(id, ReportImportId::of,
                "Report import"));
        return HttpResponse.ok(new StreamedFile(csv, new MediaType("text/csv; charset=utf-8")))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-rejections.csv\"");
    }

    /** The body as it arrives, never aggregated. */
    private static InputStream body(HttpRequest<?> request) {
        if (request instanceof ServerHttpRequest<?> server) {
            return server.byteBody().move().toInputStream();
        }
        throw DomainException.invalid("file", "must be the report, as the request body");
    }
}
