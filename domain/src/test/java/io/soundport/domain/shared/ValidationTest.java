package io.soundport.domain.shared;

import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.identity.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static io.soundport.domain.testing.DomainFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

class ValidationTest {

    @Test
    void collects_the_errors_of_several_fields_before_rejecting() {
        Validation v = new Validation();
        Upc upc = v.field("upc", () -> Upc.of("123"));
        Email email = v.field("email", () -> Email.of("nobody"));
        String title = v.field("title", () -> Validation.requireText("  Fine  ", "title", 10));
        v.require(false, "tracks", "at least one track");

        assertThat(upc).isNull();
        assertThat(email).isNull();
        assertThat(title).isEqualTo("Fine");
        assertThat(v.hasErrors()).isTrue();
        DomainException e = assertInvalid(v::throwIfInvalid, "upc", "email", "tracks");
        assertThat(e.getMessage()).isEqualTo("The request has 3 invalid fields");
    }

    @Test
    void keeps_the_fields_in_the_order_they_were_checked() {
        Validation v = new Validation();
        v.require(false, "b", "x");
        v.require(false, "a", "y");

        DomainException e = assertInvalid(v::throwIfInvalid, "b", "a");
        assertThat(e.details()).extracting(FieldError::field).containsExactly("b", "a");
    }

    @Test
    void names_an_error_after_the_field_the_caller_sent() {
        Validation v = new Validation();
        v.field("product_code", () -> Upc.of("036000291453"));

        DomainException e = assertInvalid(v::throwIfInvalid, "product_code");
        assertThat(e.getMessage()).isEqualTo("Invalid product_code: has a wrong check digit");
    }

    @Test
    void prefixes_the_errors_of_a_nested_object() {
        Validation v = new Validation();
        v.nested("tracks[0]", () -> "fine");
        v.nested("tracks[1]", () -> {
            Validation inner = new Validation();
            inner.field("isrc", () -> Isrc.of("nope"));
            inner.require(false, "title", "must not be blank");
            inner.throwIfInvalid();
            return null;
        });

        DomainException e = assertInvalid(v::throwIfInvalid, "tracks[1].isrc", "tracks[1].title");
        assertThat(e.details()).extracting(FieldError::field, FieldError::message)
                .contains(tuple("tracks[1].title", "must not be blank"));
    }

    @Test
    void nests_prefixes_of_indexed_fields_without_a_dot() {
        assertThat(new FieldError("[2]", "bad").under("territories").field()).isEqualTo("territories[2]");
        assertThat(new FieldError("isrc", "bad").under("tracks[3]").field()).isEqualTo("tracks[3].isrc");
        assertThat(new FieldError("isrc", "bad").under("").field()).isEqualTo("isrc");
    }

    @Test
    void lets_other_failures_through_untouched() {
        Validation v = new Validation();

        assertRejected(() -> v.field("upc", () -> {
            throw DomainException.conflict("taken");
        }), ErrorCode.CONFLICT);
        assertRejected(() -> v.nested("tracks[0]", () -> {
            throw DomainException.notFound("Track", "trk_1");
        }), ErrorCode.NOT_FOUND);
        assertThat(v.hasErrors()).isFalse();
    }

    @Test
    void does_nothing_when_every_field_is_valid() {
        Validation v = new Validation().require(true, "tracks", "never");

        assertThat(v.hasErrors()).isFalse();
        assertThatCode(v::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void require_text_strips_and_bounds_the_length() {
        assertThat(Validation.requireText("  abc ", "name", 3)).isEqualTo("abc");
        assertInvalid(() -> Validation.requireText("abcd", "name", 3), "name");
        assertInvalid(() -> Validation.requireText(null, "name", 3), "name");
        assertThat(Validation.optionalText("  ", "label", 3)).isNull();
        assertInvalid(() -> Validation.optionalText("abcd", "label", 3), "label");
    }

    @Test
    void a_single_error_is_named_in_the_message() {
        DomainException e = DomainException.invalid(List.of(new FieldError("upc", "is wrong")));

        assertThat(e.getMessage()).isEqualTo("Invalid upc: is wrong");
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    }
}
