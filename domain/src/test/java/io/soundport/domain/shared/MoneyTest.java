package io.soundport.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Currency;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void reads_decimals_exactly_in_the_currencys_minor_units() {
        assertThat(Money.ofDecimal("12.34", EUR, "spend").minorUnits()).isEqualTo(1234);
        assertThat(Money.ofDecimal("12.3", EUR, "spend").minorUnits()).isEqualTo(1230);
        assertThat(Money.ofDecimal("1500", JPY, "spend").minorUnits()).isEqualTo(1500);
        assertThat(Money.ofDecimal("1.005", KWD, "spend").minorUnits()).isEqualTo(1005);
        assertThat(Money.ofDecimal("0.10000", EUR, "spend").minorUnits()).isEqualTo(10);
        assertThat(Money.ofDecimal("-2.50", EUR, "spend").minorUnits()).isEqualTo(-250);
    }

    @Test
    void refuses_more_decimals_than_the_currency_has_and_what_is_not_a_number() {
        assertThat(assertInvalid(() -> Money.ofDecimal("0.001", EUR, "spend"), "spend").getMessage())
                .contains("2 decimal places");
        assertInvalid(() -> Money.ofDecimal("1.5", JPY, "spend"), "spend");
        assertInvalid(() -> Money.ofDecimal("12,34", EUR, "spend"), "spend");
        assertInvalid(() -> Money.ofDecimal("1e400", EUR, "spend"), "spend");
        assertInvalid(() -> Money.ofDecimal((String) null, EUR, "spend"), "spend");
    }

    @Test
    void writes_the_amount_back_with_the_currencys_decimal_places() {
        assertThat(new Money(1230, EUR).decimal()).isEqualByComparingTo(new BigDecimal("12.30"));
        assertThat(new Money(1230, EUR).toString()).isEqualTo("12.30 EUR");
        assertThat(new Money(1500, JPY).toString()).isEqualTo("1500 JPY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EURO", "XXX", "XAU", "ABC", "", " ", "€"})
    void refuses_codes_that_are_not_currencies_with_minor_units(String code) {
        assertInvalid(() -> Money.of(100, code, "budget"), "budget.currency");
    }

    @Test
    void takes_codes_in_any_case() {
        assertThat(Money.of(100, " usd ", "budget").currency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void adds_and_compares_only_the_same_currency() {
        Money a = new Money(500, EUR);
        assertThat(a.plus(new Money(250, EUR))).isEqualTo(new Money(750, EUR));
        assertThat(a.minus(new Money(750, EUR))).isEqualTo(new Money(-250, EUR));
        assertThat(a.compareTo(new Money(499, EUR))).isPositive();
        assertThatThrownBy(() -> a.plus(new Money(1, JPY))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE, EUR).plus(new Money(1, EUR)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void tells_whether_a_share_of_a_whole_is_reached_without_rounding() {
        Money budget = new Money(10_000, EUR);
        assertThat(new Money(7_999, EUR).reachesPercentOf(budget, 80)).isFalse();
        assertThat(new Money(8_000, EUR).reachesPercentOf(budget, 80)).isTrue();
        assertThat(new Money(Long.MAX_VALUE, EUR).reachesPercentOf(new Money(Long.MAX_VALUE, EUR), 100)).isTrue();
    }
}
