package io.soundport.application.shared;

import java.util.Objects;

/**
 * Deletes the resource with this id; when {@code expectedVersion} is given, only if it is still that version
 * (otherwise PRECONDITION_FAILED and nothing is deleted).
 *
 * @param <I> the resource's typed id
 */
public record DeleteCommand<I>(I id, Long expectedVersion) {
    public DeleteCommand {
        Objects.requireNonNull(id, "id");
    }

    /** Deletes whatever version is current. */
    public static <I> DeleteCommand<I> of(I id) {
        return new DeleteCommand<>(id, null);
    }
}
