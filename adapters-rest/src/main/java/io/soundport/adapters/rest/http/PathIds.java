package io.soundport.adapters.rest.http;

import io.soundport.domain.shared.DomainException;

import java.util.function.Function;

/** Ids taken from a path: one that cannot exist answers 404, as an unknown one does. */
public final class PathIds {
    private PathIds() {
    }

    public static <T> T parse(String raw, Function<String, T> parser, String resource) {
        try {
            return parser.apply(raw);
        } catch (DomainException e) {
            throw DomainException.notFound(resource, raw.length() > 64 ? raw.substring(0, 64) + "…" : raw);
        }
    }
}
