package io.soundport.domain.analytics.report;

import io.soundport.domain.identity.OrganizationId;

import java.util.Optional;

/** Imports of sales reports, each found only within its organization. */
public interface ReportImports {
    /** Adds a new import; CONFLICT when its id is taken. */
    void add(ReportImport reportImport);

    Optional<ReportImport> find(OrganizationId organizationId, ReportImportId id);

    /**
     * Stores every field of {@code reportImport} but its id and organization at the next version, when the stored
     * one is at {@code reportImport.version()}; answers what was stored. NOT_FOUND or a stale version otherwise.
     */
    ReportImport update(ReportImport reportImport);
}
