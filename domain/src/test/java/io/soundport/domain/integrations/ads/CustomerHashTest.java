package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Meta's normalization before hashing, checked against SHA-256 digests computed outside Java (sha256sum). */
class CustomerHashTest {

    private static DomainException invalid(Runnable call) {
        DomainException e = catchThrowableOfType(DomainException.class, call::run);
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        return e;
    }

    @Test
    void an_email_is_trimmed_and_lower_cased_before_hashing() {
        assertThat(CustomerHash.email("  John.Doe@Example.COM ", "email").value())
                .isEqualTo("836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577f");
    }

    @Test
    void a_phone_keeps_its_digits_with_the_country_code_whatever_the_international_prefix() {
        String expected = "6069d14bf122fdfd931dc7beb58e5dfbba395b1faf05bdcd42d12358d63d8599";
        assertThat(CustomerHash.phone("+1 (650) 555-1234", "phone").value()).isEqualTo(expected);
        assertThat(CustomerHash.phone("001 650.555.1234", "phone").value()).isEqualTo(expected);
    }

    @Test
    void a_national_phone_number_is_refused_without_being_quoted() {
        DomainException e = invalid(() -> CustomerHash.phone("06 98 76 54 32", "users[0].phone"));

        assertThat(e.details()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("users[0].phone");
            assertThat(d.message()).contains("country code").doesNotContain("98 76");
        });
        invalid(() -> CustomerHash.phone("+33", "phone"));
    }

    @Test
    void names_cities_zips_and_countries_follow_metas_rules() {
        assertThat(CustomerHash.name(" Zoë ", "fn").value())
                .isEqualTo("2752b88686847fa5c86f47b94ce652b7b3f22a91c37617d451a4db9afa431450");
        assertThat(CustomerHash.name("Zoe\u0308", "fn"))
                .as("the decomposed ë is the same name").isEqualTo(CustomerHash.name("Zoë", "fn"));
        assertThat(CustomerHash.city("New York", "ct").value())
                .isEqualTo("350c754ba4d38897693aa077ef43072a859d23f613443133fecbbd90a3512ca5");
        assertThat(CustomerHash.country("FR", "country").value())
                .isEqualTo("67ad8f41a7bb0a18c45f3efd8f6a32bdcd832bcf8f3f2eb44006c03d53076e18");
        assertThat(CustomerHash.state("CA", "st").value())
                .isEqualTo("6959097001d10501ac7d54c0bdb8db61420f658f2922cc26e46d536119a31126");
        assertThat(CustomerHash.zip("94035", "zp").value())
                .isEqualTo("1794327a4d443904421f5ca1f3d72d0a62ba2f0770d80755ec2220fc0efb052e");
        assertThat(CustomerHash.dateOfBirth(LocalDate.of(1990, 2, 1))).isEqualTo(CustomerHash.sha256("19900201"));
        invalid(() -> CustomerHash.country("France", "country"));
        invalid(() -> CustomerHash.email("not an address", "email"));
        invalid(() -> CustomerHash.name("...", "fn"));
    }

    @Test
    void a_lookalike_ratio_is_one_to_twenty_percent_in_whole_percents() {
        AdAccountId account = AdAccountId.of("1000000001");
        assertThat(account.value()).isEqualTo("act_1000000001");
        AudienceId origin = AudienceId.of("238491820476");

        new NewLookalikeAudience(account, "ok", origin, "fr", new BigDecimal("0.20"));
        invalid(() -> new NewLookalikeAudience(account, "x", origin, "FR", new BigDecimal("0.005")));
        invalid(() -> new NewLookalikeAudience(account, "x", origin, "FR", new BigDecimal("0.21")));
        invalid(() -> new NewLookalikeAudience(account, "x", origin, "FR", new BigDecimal("0.015")));
        invalid(() -> new NewLookalikeAudience(account, "x", origin, "WORLD", new BigDecimal("0.01")));
    }

    @Test
    void insights_take_a_range_or_a_preset_not_both_and_at_most_three_breakdowns() {
        CampaignId id = CampaignId.of("6076262393242");
        invalid(() -> new InsightsQuery(id, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-02"),
                DatePreset.LAST_7D, null, null));
        invalid(() -> InsightsQuery.between(id, LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-01"), null,
                null));
        invalid(() -> InsightsQuery.preset(id, DatePreset.LAST_7D, null, Set.of(Breakdown.AGE, Breakdown.GENDER,
                Breakdown.COUNTRY, Breakdown.PUBLISHER_PLATFORM)));
        assertThat(InsightsQuery.preset(id, DatePreset.LAST_7D, 1, Set.of(Breakdown.AGE)).breakdowns())
                .containsExactly(Breakdown.AGE);
        assertThat(InsightsQuery.preset(id, DatePreset.LAST_7D, 1, Breakdown.parse("gender,age", "breakdowns"))
                .breakdowns()).as("one order, whatever order they were asked in")
                .containsExactly(Breakdown.AGE, Breakdown.GENDER);
    }
}
