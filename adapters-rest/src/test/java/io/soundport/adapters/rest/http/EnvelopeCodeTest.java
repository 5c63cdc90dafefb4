package io.soundport.adapters.rest.http;

import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeCodeTest {

    @ParameterizedTest
    @CsvSource({
            "VALIDATION_ERROR, 400", "AUTHENTICATION_ERROR, 401", "AUTHORIZATION_ERROR, 403",
            "ORGANIZATION_SUSPENDED, 403", "NOT_FOUND, 404",
            "CONFLICT, 409", "PRECONDITION_FAILED, 412", "PAYLOAD_TOO_LARGE, 413", "RATE_LIMIT_EXCEEDED, 429",
            "SERVER_ERROR, 500", "INTEGRATION_ERROR, 502", "SERVICE_UNAVAILABLE, 503"})
    void every_code_of_the_core_answers_the_status_the_api_documents(ErrorCode code, int status) {
        assertThat(EnvelopeCode.of(code).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void every_code_of_the_core_keeps_its_name_on_the_wire(ErrorCode code) {
        assertThat(EnvelopeCode.of(code).name()).isEqualTo(code.name());
    }

    @Test
    void the_transport_has_its_own_codes_for_what_only_http_can_refuse() {
        assertThat(EnvelopeCode.forStatus(405)).isEqualTo(EnvelopeCode.METHOD_NOT_ALLOWED);
        assertThat(EnvelopeCode.forStatus(406)).isEqualTo(EnvelopeCode.NOT_ACCEPTABLE);
        assertThat(EnvelopeCode.forStatus(414)).isEqualTo(EnvelopeCode.URI_TOO_LONG);
        assertThat(EnvelopeCode.forStatus(415)).isEqualTo(EnvelopeCode.UNSUPPORTED_MEDIA_TYPE);
        assertThat(EnvelopeCode.forStatus(431)).isEqualTo(EnvelopeCode.REQUEST_HEADER_FIELDS_TOO_LARGE);
    }

    @ParameterizedTest
    @EnumSource(value = EnvelopeCode.class, names = {"ORGANIZATION_SUSPENDED", "RECONNECT_REQUIRED"},
            mode = EnumSource.Mode.EXCLUDE)
    void a_status_the_framework_chose_finds_its_code_again(EnvelopeCode code) {
        assertThat(EnvelopeCode.forStatus(code.status())).isEqualTo(code);
        assertThat(code.defaultMessage()).isNotBlank();
    }

    @Test
    void the_framework_never_asks_to_reconnect_a_409_of_its_own_is_the_general_code() {
        assertThat(EnvelopeCode.forStatus(409)).isEqualTo(EnvelopeCode.CONFLICT);
        assertThat(EnvelopeCode.RECONNECT_REQUIRED.defaultMessage()).isNotBlank();
    }

    @Test
    void the_framework_never_says_suspended_a_403_of_its_own_is_the_general_code() {
        assertThat(EnvelopeCode.forStatus(403)).isEqualTo(EnvelopeCode.AUTHORIZATION_ERROR);
        assertThat(EnvelopeCode.ORGANIZATION_SUSPENDED.defaultMessage()).isNotBlank();
    }

    @Test
    void a_status_we_never_answer_falls_back_by_its_class() {
        assertThat(EnvelopeCode.forStatus(418)).isEqualTo(EnvelopeCode.VALIDATION_ERROR);
        assertThat(EnvelopeCode.forStatus(504)).isEqualTo(EnvelopeCode.SERVER_ERROR);
    }
}
