package io.soundport.contracts;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignInsights;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link CampaignInsights} must do. */
public abstract class CampaignInsightsContract {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    protected abstract PersistencePorts ports();

    private CampaignInsights insights() {
        return ports().campaignInsights();
    }

    private OrganizationId organization() {
        return Stored.organization(ports()).id();
    }

    private static CampaignId campaign() {
        return CampaignId.of(Fixtures.id(CampaignId.PREFIX));
    }

    private static LocalDate march(int day) {
        return MARCH_1.plusDays(day - 1L);
    }

    /** A day's totals whose metrics grow with {@code n}. */
    private static CampaignDay total(CampaignId campaign, LocalDate day, long n) {
        return new CampaignDay(campaign, day, CampaignBreakdown.NONE, "", 1_000 * n, 400 * n, 30 * n,
                new Money(1_234 * n, EUR), n);
    }

    private static CampaignDay slice(CampaignId campaign, LocalDate day, CampaignBreakdown breakdown, String value,
                                     long n) {
        return new CampaignDay(campaign, day, breakdown, value, 100 * n, 40 * n, 3 * n, new Money(123 * n, EUR),
                n / 2);
    }

    private List<CampaignDay> read(OrganizationId org, CampaignId campaign, CampaignBreakdown breakdown,
                                   LocalDate from, LocalDate to) {
        List<CampaignDay> days = new ArrayList<>();
        insights().forEach(org, campaign, breakdown, from, to, days::add);
        return days;
    }

    @Test
    void hourly_readings_are_kept_apart_from_the_days_slices_and_are_no_totals() {
        OrganizationId org = organization();
        CampaignId campaign = campaign();
        CampaignDay total = total(campaign, march(3), 10);
        CampaignDay noon = slice(campaign, march(3), CampaignBreakdown.HOURLY_READING, CampaignBreakdown.hour(12), 4);
        CampaignDay late = slice(campaign, march(3), CampaignBreakdown.HOURLY_READING, CampaignBreakdown.hour(23), 9);
        CampaignDay morning = slice(campaign, march(4), CampaignBreakdown.HOURLY_READING, CampaignBreakdown.hour(7),
                11);

        insights().put(org, List.of(late, total, morning, noon));

        assertThat(read(org, campaign, CampaignBreakdown.HOURLY_READING, march(3), march(4)))
                .containsExactly(noon, late, morning);
        assertThat(read(org, campaign, CampaignBreakdown.NONE, march(3), march(4))).containsExactly(total);
        assertThat(insights().totals(org, march(3), march(4))).containsExactly(total);
    }

    @Test
    void hands_the_days_of_one_breakdown_within_the_range_by_day_then_value() {
        OrganizationId org = organization();
        CampaignId campaign = campaign();
        CampaignDay beforeRange = slice(campaign, march(1), CampaignBreakdown.COUNTRY, "US", 1);
        CampaignDay firstUs = slice(campaign, march(2), CampaignBreakdown.COUNTRY, "US", 2);
        CampaignDay firstDe = slice(campaign, march(2), CampaignBreakdown.COUNTRY, "DE", 3);
        CampaignDay firstFr = slice(campaign, march(2), CampaignBreakdown.COUNTRY, "FR", 4);
        CampaignDay middle = slice(campaign, march(3), CampaignBreakdown.COUNTRY, "GB", 5);
        CampaignDay lastAt = slice(campaign, march(4), CampaignBreakdown.COUNTRY, "AT", 6);
        CampaignDay lastZa = slice(campaign, march(4), CampaignBreakdown.COUNTRY, "ZA", 7);
        CampaignDay afterRange = slice(campaign, march(5), CampaignBreakdown.COUNTRY, "AT", 8);
        insights().put(org, List.of(lastZa, afterRange, firstUs, middle, beforeRange, firstFr, lastAt, firstDe));

        assertThat(read(org, campaign, CampaignBreakdown.COUNTRY, march(2), march(4)))
                .containsExactly(firstDe, firstFr, firstUs, middle, lastAt, lastZa);
        assertThat(read(org, campaign, CampaignBreakdown.COUNTRY, march(4), march(4))).containsExactly(lastAt, lastZa);
        assertThat(read(org, campaign, CampaignBreakdown.COUNTRY, march(1), march(31)))
                .containsExactly(beforeRange, firstDe, firstFr, firstUs, middle, lastAt, lastZa, afterRange);
    }

    @Test
    void keeps_every_field_of_a_day_and_values_in_code_point_order() {
        OrganizationId org = organization();
        CampaignId campaign = campaign();
        CampaignDay yen = new CampaignDay(campaign, march(9), CampaignBreakdown.NONE, "", 9_876_543_210L, 1_234_567,
                45_678, new Money(3_141_592, JPY), 777);
        CampaignDay upper = slice(campaign, march(9), CampaignBreakdown.PUBLISHER_PLATFORM, "Threads", 1);
        CampaignDay lower = slice(campaign, march(9), CampaignBreakdown.PUBLISHER_PLATFORM, "audience_network", 2);
        CampaignDay accented = slice(campaign, march(9), CampaignBreakdown.PUBLISHER_PLATFORM, "\u00e9cran", 3);
        CampaignDay longest = slice(campaign, march(9), CampaignBreakdown.PUBLISHER_PLATFORM,
                "z".repeat(CampaignDay.MAX_VALUE_LENGTH), 4);
        insights().put(org, List.of(yen, longest, accented, lower, upper));

        assertThat(read(org, campaign, CampaignBreakdown.NONE, march(9), march(9))).containsExactly(yen);
        assertThat(read(org, campaign, CampaignBreakdown.PUBLISHER_PLATFORM, march(9), march(9)))
                .containsExactly(upper, lower, longest, accented);
    }

    @Test
    void a_later_reading_of_the_same_day_replaces_it() {
        OrganizationId org = organization();
        CampaignId campaign = campaign();
        insights().put(org, List.of(total(campaign, march(1), 1),
                slice(campaign, march(1), CampaignBreakdown.COUNTRY, "US", 1)));
        CampaignDay revised = total(campaign, march(1), 5);
        CampaignDay revisedUs = slice(campaign, march(1), CampaignBreakdown.COUNTRY, "US", 6);

        insights().put(org, List.of(revised, revisedUs));

        assertThat(read(org, campaign, CampaignBreakdown.NONE, march(1), march(1))).containsExactly(revised);
        assertThat(read(org, campaign, CampaignBreakdown.COUNTRY, march(1), march(1))).containsExactly(revisedUs);
        assertThat(insights().totals(org, march(1), march(1))).containsExactly(revised);
    }

    @Test
    void of_two_readings_of_one_day_in_one_put_the_later_is_kept() {
        OrganizationId org = organization();
        CampaignId campaign = campaign();
        CampaignDay later = total(campaign, march(2), 3);

        insights().put(org, List.of(total(campaign, march(2), 2), later));

        assertThat(read(org, campaign, CampaignBreakdown.NONE, march(2), march(2))).containsExactly(later);
        assertThat(insights().totals(org, march(2), march(2))).containsExactly(later);
    }

    @Test
    void hands_nothing_of_another_breakdown_campaign_or_organization() {
        OrganizationId org = organization();
        OrganizationId other = organization();
        CampaignId campaign = campaign();
        CampaignId sibling = campaign();
        CampaignDay wanted = slice(campaign, march(3), CampaignBreakdown.COUNTRY, "NL", 1);
        insights().put(org, List.of(wanted, total(campaign, march(3), 2),
                slice(campaign, march(3), CampaignBreakdown.PUBLISHER_PLATFORM, "facebook", 3),
                slice(sibling, march(3), CampaignBreakdown.COUNTRY, "NL", 4)));
        insights().put(other, List.of(slice(campaign, march(3), CampaignBreakdown.COUNTRY, "BE", 5)));

        assertThat(read(org, campaign, CampaignBreakdown.COUNTRY, march(1), march(31))).containsExactly(wanted);
        assertThat(read(other, campaign, CampaignBreakdown.COUNTRY, march(1), march(31)))
                .containsExactly(slice(campaign, march(3), CampaignBreakdown.COUNTRY, "BE", 5));
        assertThat(read(organization(), campaign, CampaignBreakdown.COUNTRY, march(1), march(31))).isEmpty();
    }

    @Test
    void totals_are_the_day_totals_of_every_campaign_of_the_organization_within_the_range() {
        OrganizationId org = organization();
        OrganizationId other = organization();
        CampaignId first = campaign();
        CampaignId second = campaign();
        CampaignDay firstOn2 = total(first, march(2), 1);
        CampaignDay firstOn4 = total(first, march(4), 2);
        CampaignDay secondOn3 = total(second, march(3), 3);
        insights().put(org, List.of(total(first, march(1), 9), firstOn2, firstOn4, total(first, march(5), 9),
                slice(first, march(2), CampaignBreakdown.COUNTRY, "US", 9),
                slice(second, march(3), CampaignBreakdown.PUBLISHER_PLATFORM, "instagram", 9)));
        insights().put(org, List.of(secondOn3));
        insights().put(other, List.of(total(campaign(), march(3), 9)));

        assertThat(insights().totals(org, march(2), march(4)))
                .containsExactlyInAnyOrder(firstOn2, secondOn3, firstOn4);
        assertThat(insights().totals(org, march(3), march(3))).containsExactly(secondOn3);
        assertThat(insights().totals(org, march(6), march(31))).isEmpty();
        assertThat(insights().totals(organization(), march(1), march(31))).isEmpty();
    }

    @Test
    void hundreds_of_days_in_one_put_round_trip_in_order() {
        OrganizationId org = organization();
        CampaignId campaign = campaign();
        LocalDate first = LocalDate.of(2026, 1, 1);
        List<CampaignDay> totals = IntStream.range(0, 400).mapToObj(i -> total(campaign, first.plusDays(i), i + 1))
                .toList();
        List<CampaignDay> countries = IntStream.range(0, 400).boxed()
                .flatMap(i -> java.util.stream.Stream.of("DE", "US").map(c -> slice(campaign, first.plusDays(i),
                        CampaignBreakdown.COUNTRY, c, i + 1)))
                .toList();
        List<CampaignDay> all = new ArrayList<>(countries);
        all.addAll(totals);

        insights().put(org, all);

        assertThat(read(org, campaign, CampaignBreakdown.NONE, first, first.plusDays(399))).containsExactlyElementsOf(
                totals);
        assertThat(read(org, campaign, CampaignBreakdown.COUNTRY, first, first.plusDays(399)))
                .containsExactlyElementsOf(countries);
        assertThat(read(org, campaign, CampaignBreakdown.COUNTRY, first.plusDays(100), first.plusDays(199)))
                .containsExactlyElementsOf(countries.subList(200, 400));
        assertThat(insights().totals(org, first, first.plusDays(399))).containsExactlyInAnyOrderElementsOf(totals);
    }

    @Test
    void a_range_with_nothing_or_backwards_hands_nothing() {
        OrganizationId org = organization();
        CampaignId campaign = campaign();
        insights().put(org, List.of(total(campaign, march(10), 1)));
        insights().put(org, List.of());

        assertThat(read(org, campaign, CampaignBreakdown.NONE, march(11), march(20))).isEmpty();
        assertThat(read(org, campaign, CampaignBreakdown.NONE, march(1), march(9))).isEmpty();
        assertThat(read(org, campaign, CampaignBreakdown.NONE, march(10), march(1))).isEmpty();
        assertThat(insights().totals(org, march(10), march(1))).isEmpty();
        assertThat(read(org, campaign(), CampaignBreakdown.NONE, march(1), march(31))).isEmpty();
    }

    @Test
    void a_put_inside_a_unit_of_work_that_fails_stores_nothing() {
        OrganizationId org = organization();
        CampaignId campaign = campaign();
        CampaignDay kept = total(campaign, march(1), 1);
        insights().put(org, List.of(kept));

        try {
            ports().transactions().inTransaction(() -> {
                insights().put(org, List.of(total(campaign, march(1), 2), total(campaign, march(2), 3)));
                throw new IllegalStateException("the work failed");
            });
        } catch (IllegalStateException expected) {
            // the unit of work rolled back
        }

        assertThat(read(org, campaign, CampaignBreakdown.NONE, march(1), march(31))).containsExactly(kept);
        assertThat(insights().totals(org, march(1), march(31))).containsExactly(kept);
    }
}
