package io.soundport.adapters.postgres;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what PostgreSQL and the driver throw into the errors of the ports: a unique violation is a CONFLICT
 * naming the field at fault, a lost connection or a timeout is SERVICE_UNAVAILABLE. Anything else is a bug or an
 * unexpected state of the database and becomes an {@link IllegalStateException} that keeps the cause for the log.
 * What a unique violation means comes from the {@link UniqueConstraint}s the adapters declare for their tables; an
 * undeclared one is a CONFLICT without a field.
 */
final class PostgresErrors {
    // Filled while the adapters are built, read by every thread afterwards.
    private final Map<String, UniqueConstraint> unique = new ConcurrentHashMap<>();

    /** Learns what the constraints mean; one name declared twice with different meanings is a wiring mistake. */
    void declare(UniqueConstraint... constraints) {
        for (UniqueConstraint c : constraints) {
            UniqueConstraint earlier = unique.putIfAbsent(c.name(), c);
            if (earlier != null && !earlier.equals(c)) {
                throw new IllegalStateException("The constraint " + c.name() + " is declared twice: " + earlier
                        + " and " + c);
            }
        }
    }

    /** The names of the declared constraints. */
    Set<String> declared() {
        return Set.copyOf(unique.keySet());
    }

    RuntimeException translate(JdbiException e) {
        SQLException sql = sqlCause(e);
        String state = sql == null ? null : sql.getSQLState();
        if (state != null && state.equals("23505")) {
            return uniqueViolation(constraint(sql));
        }
        if (state != null && state.equals("23503")) {
            return stillReferenced(sql) ? DomainException.conflict(
                    "Other records still refer to this one (a partner or a release with deliveries)")
                    : missingReference(constraint(sql));
        }
        if (e instanceof ConnectionException || sql instanceof SQLTransientException
                || sql instanceof SQLRecoverableException || state != null && isTransient(state)) {
            return DomainException.unavailable("The database is not available right now; try again shortly");
        }
        return new IllegalStateException("PostgreSQL failed" + (state == null ? "" : " with SQLState " + state), e);
    }

    private DomainException uniqueViolation(String constraint) {
        UniqueConstraint declared = constraint == null ? null : unique.get(constraint);
        return declared == null ? DomainException.conflict("This record already exists") : declared.conflict();
    }

    private static boolean isTransient(String state) {
        return state.startsWith("08")            // connection exceptions
                || state.startsWith("53")         // insufficient resources
                || state.equals("57014")          // query cancelled (statement timeout)
                || state.startsWith("57P")        // server shutting down
                || state.equals("40001")          // serialization failure
                || state.equals("40P01")          // deadlock detected
                || state.equals("55P03");         // lock not available
    }

    private static DomainException missingReference(String constraint) {
        String c = constraint == null ? "" : constraint;
        String what;
        if (c.endsWith("_organization_fkey")) {
            what = "organization";
        } else if (c.endsWith("_user_fkey")) {
            what = "user";
        } else if (c.endsWith("_application_fkey")) {
            what = "application";
        } else if (c.endsWith("_release_fkey")) {
            what = "release";
        } else if (c.endsWith("_partner_fkey")) {
            what = "partner";
        } else {
            what = "record";
        }
        return new DomainException(ErrorCode.NOT_FOUND, "The " + what + " this refers to does not exist");
    }

    /**
     * True when a delete (or a key update) hit rows that refer to the row, rather than an insert referring to a
     * row that is missing; both have SQLState 23503 and name the same constraint, only the message differs.
     */
    private static boolean stillReferenced(SQLException sql) {
        if (sql instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            String message = psql.getServerErrorMessage().getMessage();
            return message != null && message.startsWith("update or delete on table");
        }
        return false;
    }

    private static String constraint(SQLException sql) {
        if (sql instanceof PSQLException psql) {
            ServerErrorMessage message = psql.getServerErrorMessage();
            return message == null ? null : message.getConstraint();
        }
        return null;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
