package com.example.partner;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.ErrorDetail;
import io.soundport.sdk.exception.ValidationException;

import java.util.List;

/**
 * What the server refuses, as typed exceptions: a {@link ValidationException} names every invalid field; a UPC is
 * unique in an organization, so a second release with it is a {@link ConflictException}.
 */
public final class IngestionRefusals {
    private IngestionRefusals() {
    }

    /**
     * What came back.
     *
     * @param invalidFields       the fields of the release with a wrong UPC check digit, with why each is wrong
     * @param duplicateUpcRefused whether a second release with a UPC already taken was refused
     */
    public record Refusals(List<ErrorDetail> invalidFields, boolean duplicateUpcRefused) {
    }

    /** Tries a release with a wrong UPC check digit, and one with {@code takenUpc}; neither is created. */
    public static Refusals probe(ReleaseIngestion ingestion, String takenUpc) {
        List<ErrorDetail> invalid = List.of();
        try {
            ingestion.ingest("Wrong check digit", "036000291453");
        } catch (ValidationException e) {
            invalid = e.details();
        }
        boolean duplicateRefused = false;
        try {
            ingestion.ingest("Same UPC again", takenUpc);
        } catch (ConflictException e) {
            duplicateRefused = true;
        }
        return new Refusals(invalid, duplicateRefused);
    }
}
