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

/**
 * Turns what PostgreSQL and the driver throw into the errors of the ports: a unique violation is a CONFLICT
 * naming the field at fault, a lost connection or a timeout is SERVICE_UNAVAILABLE. Anything else is a bug or an
 * unexpected state of the database and becomes an {@link IllegalStateException} that keeps the cause for the log.
 */
final class PostgresErrors {
    private PostgresErrors() {
    }

    static RuntimeException translate(JdbiException e) {
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

    private static boolean isTransient(String state) {
        return state.startsWith("08")            // connection exceptions
                || state.startsWith("53")         // insufficient resources
                || state.equals("57014")          // query cancelled (statement timeout)
                || state.startsWith("57P")        // server shutting down
                || state.equals("40001")          // serialization failure
                || state.equals("40P01")          // deadlock detected
                || state.equals("55P03");         // lock not available
    }

    private static DomainException uniqueViolation(String constraint) {
        return switch (constraint == null ? "" : constraint) {
            case "users_email_key" -> DomainException.conflict("A user with this e-mail address already exists",
                    "email");
            case "releases_organization_id_upc_key" -> DomainException.conflict(
                    "A release with this UPC already exists in the organization", "upc");
            case "memberships_pkey" -> DomainException.conflict(
                    "The user is already a member of this organization", "user_id");
            case "api_keys_key_hash_key" -> DomainException.conflict("An API key with this hash already exists",
                    "key_hash");
            case "refresh_tokens_token_hash_key" -> DomainException.conflict(
                    "A refresh token with this hash already exists", "token_hash");
            case "idempotency_keys_pkey" -> DomainException.conflict("This idempotency key is already in use",
                    "idempotency_key");
            case "organizations_pkey" -> DomainException.conflict("An organization with this id already exists", "id");
            case "users_pkey" -> DomainException.conflict("A user with this id already exists", "id");
            case "refresh_tokens_pkey" -> DomainException.conflict("A refresh token with this id already exists", "id");
            case "applications_pkey", "applications_org_id_key" -> DomainException.conflict(
                    "An application with this id already exists", "id");
            case "api_keys_pkey" -> DomainException.conflict("An API key with this id already exists", "id");
            case "artists_pkey" -> DomainException.conflict("An artist with this id already exists", "id");
            case "releases_pkey" -> DomainException.conflict("A release with this id already exists", "id");
            case "tracks_pkey" -> DomainException.conflict("A track with this id already exists", "id");
            case "webhook_endpoints_pkey" -> DomainException.conflict(
                    "A webhook endpoint with this id already exists", "id");
            case "releases_org_id_key" -> DomainException.conflict("A release with this id already exists", "id");
            case "partners_pkey", "partners_org_id_key" -> DomainException.conflict(
                    "A partner with this id already exists", "id");
            case "deliveries_pkey" -> DomainException.conflict("A delivery with this id already exists", "id");
            case "workflow_rules_pkey" -> DomainException.conflict("A workflow rule with this id already exists",
                    "id");
            case "workflow_executions_pkey" -> DomainException.conflict(
                    "A workflow execution with this id already exists", "id");
            case "outbox_events_pkey" -> DomainException.conflict("An event with this id is already in the outbox",
                    "id");
            default -> DomainException.conflict("This record already exists");
        };
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
