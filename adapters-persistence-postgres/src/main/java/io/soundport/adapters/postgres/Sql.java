package io.soundport.adapters.postgres;

import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.PageRequest;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Small helpers shared by the adapters: timestamps, ILIKE patterns and keyset pages. */
final class Sql {
    private Sql() {
    }

    /** PostgreSQL keeps microseconds; truncating here makes what is read back equal to what was written. */
    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A pattern for {@code ILIKE ... ESCAPE '\'} matching {@code text} anywhere, wildcards taken literally. */
    static String containsPattern(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * The keyset condition of a newest-first page, {@code (created_at, <id>) < (:cursor_at, :cursor_id)}, or an
     * empty string for the first page; binds its parameters into {@code params}.
     */
    static String after(PageRequest page, String idColumn, Map<String, Object> params) {
        Cursor cursor = page.after();
        if (cursor == null) {
            return "";
        }
        params.put("cursor_at", ts(cursor.createdAt()));
        params.put("cursor_id", cursor.id());
        return " AND (created_at, " + idColumn + ") < (:cursor_at, :cursor_id)";
    }

    /**
     * Why an optimistic update touched no row: the row is there with another version (PRECONDITION_FAILED), or it
     * is not there at all, in this organization when one is given (NOT_FOUND).
     */
    static DomainException staleOrMissing(Handle h, String table, String resource, String id, String organizationId) {
        var query = h.createQuery("SELECT count(*) FROM " + table + " WHERE id = :id"
                + (organizationId == null ? "" : " AND organization_id = :organization_id")).bind("id", id);
        if (organizationId != null) {
            query.bind("organization_id", organizationId);
        }
        boolean exists = query.mapTo(Integer.class).one() > 0;
        return exists ? DomainException.staleVersion(resource, id) : DomainException.notFound(resource, id);
    }

    /**
     * The rows of {@code table} whose ids are among {@code ids} and that belong to {@code organizationId}, in one
     * query that looks each id up in the primary key whatever the table's statistics say: planned freely,
     * {@code id = ANY(?) AND organization_id = ?} (or a join with the ids) may become a walk over every row of the
     * organization, which grows with its backlog; a lateral lookup that keeps its {@code LIMIT} cannot.
     */
    static <T> List<T> byIds(Handle h, String table, Collection<String> ids, String organizationId,
                             RowMapper<T> mapper) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT t.* FROM unnest(CAST(:ids AS text[])) AS wanted (id), LATERAL (SELECT * FROM "
                        + table + " WHERE id = wanted.id LIMIT 1) AS t WHERE t.organization_id = :organization_id")
                .bindArray("ids", String.class, ids.stream().distinct().toList())
                .bind("organization_id", organizationId)
                .map(mapper)
                .list();
    }

    /** {@code row} {@code count} times, comma-separated: the rows of a multi-row {@code VALUES} list. */
    static String rows(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    /** Newest first, one more than the page to learn whether there is a next one. */
    static String newestFirst(PageRequest page, String idColumn, Map<String, Object> params) {
        params.put("page_limit", page.limit() + 1);
        return " ORDER BY created_at DESC, " + idColumn + " DESC LIMIT :page_limit";
    }
}
