package io.soundport.adapters.rest.http;


import java.util.List;

/** The one shape of every error this API answers. */
public record ErrorEnvelope(Body error) {
    public record Body(String code, String message, List<Detail> details, String requestId) {
    }

    public record Detail(String field, String message) {
    }
}
