package io.soundport.adapters.rest.http;


import java.util.List;

/** The one shape of every error this API answers. */
record ErrorEnvelope(Body error) {
    record Body(String code, String message, List<Detail> details, String requestId) {
    }

    record Detail(String field, String message) {
    }
}
