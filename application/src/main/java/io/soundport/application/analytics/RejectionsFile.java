package io.soundport.application.analytics;

import io.soundport.domain.analytics.report.ReportRow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rejected rows of an import as CSV, {@code row,reasons} (the reasons joined by {@code "; "}, quoted as RFC 4180
 * quotes), written to a temporary file as the import goes, so that a report of millions of bad rows is never held in
 * memory; stored whole in the blob store when the import ends.
 */
final class RejectionsFile implements AutoCloseable {
    static final String HEADER = "row,reasons\r\n";

    private final Path file;
    private final BufferedWriter out;
    private long rows;

    RejectionsFile() {
        try {
            file = Files.createTempFile("soundport-rejections-", ".csv");
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(ReportRow.Rejected rejected) {
        try {
            out.write(Long.toString(rejected.row()));
            out.write(",\"");
            out.write(String.join("; ", rejected.reasons()).replace("\"", "\"\""));
            out.write("\"\r\n");
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    long size() {
        try {
            out.flush();
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file written so far, to be closed by the caller. */
    InputStream open() {
        try {
            out.flush();
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
