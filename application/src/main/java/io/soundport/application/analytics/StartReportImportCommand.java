package io.soundport.application.analytics;

import io.soundport.domain.analytics.report.ReportLayout;

import java.util.Map;
import java.util.Objects;

/**
 * A sales report to import, in a layout ({@code generic}, {@code distrokid}, {@code tunecore}) with, for a generic
 * report, its renamed columns (field name to the report's header). Build it with {@link #of}.
 */
public record StartReportImportCommand(ReportLayout layout) {
    public StartReportImportCommand {
        Objects.requireNonNull(layout, "layout");
    }

    public static StartReportImportCommand of(String layout, Map<String, String> columns) {
        return new StartReportImportCommand(ReportLayout.of(layout, columns));
    }
}
