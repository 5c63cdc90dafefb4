package io.soundport.application.analytics;

import java.io.InputStream;
import java.util.Objects;

/** The bytes of an uploaded report as they stream in, and how many there are ({@code -1} when not said). */
public record ReportUpload(InputStream content, long length) {
    public ReportUpload {
        Objects.requireNonNull(content, "content");
    }
}
