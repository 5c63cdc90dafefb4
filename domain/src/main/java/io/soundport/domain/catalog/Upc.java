package io.soundport.domain.catalog;

import io.soundport.domain.shared.DomainException;

/** A release's product code: UPC-A (12 digits) or EAN-13 (13 digits), with a valid check digit. */
public record Upc(String value) {
    public Upc {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("upc", "must not be blank");
        }
        value = value.strip();
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9') || value.length() != 12 && value.length() != 13) {
            throw DomainException.invalid("upc", "must be 12 digits (UPC-A) or 13 digits (EAN-13)");
        }
        if (checkDigit(value.substring(0, value.length() - 1)) != value.charAt(value.length() - 1) - '0') {
            throw DomainException.invalid("upc", "has a wrong check digit");
        }
    }

    public static Upc of(String value) {
        return new Upc(value);
    }

    /** GS1 check digit: from the right, weights 3, 1, 3, ... over the payload digits. */
    static int checkDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
