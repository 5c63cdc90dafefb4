package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Meta's customer-information normalization, then SHA-256 (the rules of the Conversions API's {@code user_data} and of
 * custom audience files, which are the same): every adapter of {@link AdsPlatform} receives only these hashes, so
 * Meta and the sandbox see the same values, and the raw e-mail or phone never leaves the request that carried it.
 * A value that cannot be normalized is a VALIDATION_ERROR on {@code field} that does not quote it.
 *
 * <ul>
 *   <li>e-mail: trimmed, lower-cased; it must look like an address;</li>
 *   <li>phone: digits only, with the country code and no international prefix: it must be written in international
 *       form ({@code +33 6 12 34 56 78} or {@code 0033 6...}), 7 to 15 digits, since a national number cannot be
 *       told apart from one without its country code;</li>
 *   <li>first and last name: Unicode NFC, lower-cased, without punctuation or spaces at the ends;</li>
 *   <li>city: lower-cased, without spaces or punctuation; state: a lower-case code of 2 letters; zip: lower-cased,
 *       without spaces or dashes; country: an ISO 3166-1 alpha-2 code, lower-cased;</li>
 *   <li>gender: {@code f} or {@code m}; date of birth: {@code YYYYMMDD}; external id: trimmed.</li>
 * </ul>
 */
public final class CustomerHash {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int MAX_INPUT = 320;

    private CustomerHash() {
    }

    public static Sha256Hex email(String raw, String field) {
        String value = bounded(raw, field).strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(value).matches()) {
            throw DomainException.invalid(field, "must be an e-mail address");
        }
        return sha256(value);
    }

    public static Sha256Hex phone(String raw, String field) {
        String value = bounded(raw, field).strip();
        boolean international = value.startsWith("+") || value.startsWith("00");
        String digits = value.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        if (!international || digits.length() < 7 || digits.length() > 15) {
            throw DomainException.invalid(field,
                    "must be a phone number in international form with its country code, such as +33 6 12 34 56 78");
        }
        return sha256(digits);
    }

    public static Sha256Hex name(String raw, String field) {
        String value = PUNCTUATION.matcher(nfcLower(raw, field)).replaceAll("").strip();
        return sha256(nonEmpty(value, field));
    }

    public static Sha256Hex city(String raw, String field) {
        String value = PUNCTUATION.matcher(nfcLower(raw, field)).replaceAll("").replaceAll("\\s", "");
        return sha256(nonEmpty(value, field));
    }

    public static Sha256Hex state(String raw, String field) {
        String value = nfcLower(raw, field).strip();
        if (!value.matches("^[a-z]{2}$")) {
            throw DomainException.invalid(field, "must be a state or province code of 2 letters");
        }
        return sha256(value);
    }

    public static Sha256Hex zip(String raw, String field) {
        String value = nfcLower(raw, field).replaceAll("[\\s-]", "");
        return sha256(nonEmpty(value, field));
    }

    public static Sha256Hex country(String raw, String field) {
        String value = bounded(raw, field).strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(value)) {
            throw DomainException.invalid(field, "must be an ISO 3166-1 alpha-2 country code");
        }
        return sha256(value.toLowerCase(Locale.ROOT));
    }

    public static Sha256Hex gender(String raw, String field) {
        String value = bounded(raw, field).strip().toLowerCase(Locale.ROOT);
        if (!value.equals("f") && !value.equals("m")) {
            throw DomainException.invalid(field, "must be f or m");
        }
        return sha256(value);
    }

    public static Sha256Hex dateOfBirth(LocalDate date) {
        return sha256(date.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    public static Sha256Hex externalId(String raw, String field) {
        return sha256(nonEmpty(bounded(raw, field).strip(), field));
    }

    /** SHA-256 of the UTF-8 bytes, lower-case hex. */
    public static Sha256Hex sha256(String normalized) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return new Sha256Hex(HexFormat.of().formatHex(digest.digest(normalized.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nfcLower(String raw, String field) {
        return Normalizer.normalize(bounded(raw, field), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String bounded(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalid(field, "must not be blank");
        }
        if (raw.length() > MAX_INPUT) {
            throw DomainException.invalid(field, "must be at most " + MAX_INPUT + " characters");
        }
        return raw;
    }

    private static String nonEmpty(String value, String field) {
        if (value.isEmpty()) {
            throw DomainException.invalid(field, "holds nothing once normalized");
        }
        return value;
    }
}
