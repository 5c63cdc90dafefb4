package io.soundport.domain.analytics.report;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of an import of a sales report into the analytics ({@code rpi_…}). */
public record ReportImportId(String value) {
    public static final String PREFIX = "rpi";

    public ReportImportId {
        Ids.check(value, PREFIX);
    }

    public static ReportImportId of(String value) {
        return new ReportImportId(value);
    }

    public static ReportImportId generate(IdGenerator ids) {
        return new ReportImportId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
