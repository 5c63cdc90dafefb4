package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignInsights;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

/**
 * Campaign days of one process: per organization, a sorted map by campaign, breakdown, day and value (values by code
 * point, as PostgreSQL's {@code COLLATE "C"} and DynamoDB's byte order sort them), read without locking. Writes are
 * made under the store's lock and join the calling thread's unit of work (taken back when it fails), as on the other
 * backends.
 */
final class InMemoryCampaignInsightsAdapter implements CampaignInsights {
    private static final Comparator<String> CODE_POINTS = InMemoryCampaignInsightsAdapter::compareCodePoints;
    /** A null value sorts after every value: the upper bound of a day. */
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::campaign)
            .thenComparing(Key::breakdown)
            .thenComparing(Key::day)
            .thenComparing(Key::value, Comparator.nullsLast(CODE_POINTS));

    private final InMemoryTransactionRunner transactions;
    private final Map<OrganizationId, NavigableMap<Key, CampaignDay>> rows = new ConcurrentHashMap<>();

    InMemoryCampaignInsightsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private record Key(String campaign, CampaignBreakdown breakdown, LocalDate day, String value) {
        static Key of(CampaignDay day) {
            return new Key(day.campaignId().value(), day.breakdown(), day.day(), day.value());
        }
    }

    @Override
    public void put(OrganizationId organizationId, List<CampaignDay> days) {
        Map<Key, CampaignDay> byKey = new LinkedHashMap<>();
        days.forEach(day -> byKey.put(Key.of(day), day));
        if (byKey.isEmpty()) {
            return;
        }
        transactions.write(() -> {
            NavigableMap<Key, CampaignDay> organization = organization(organizationId);
            byKey.forEach((key, day) -> {
                CampaignDay previous = organization.put(key, day);
                transactions.onRollback(() -> {
                    if (previous == null) {
                        organization.remove(key);
                    } else {
                        organization.put(key, previous);
                    }
                });
            });
            return null;
        });
    }

    @Override
    public void forEach(OrganizationId organizationId, CampaignId campaignId, CampaignBreakdown breakdown,
                        LocalDate from, LocalDate to, Consumer<CampaignDay> each) {
        NavigableMap<Key, CampaignDay> organization = rows.get(organizationId);
        if (organization == null || from.isAfter(to)) {
            return;
        }
        organization.subMap(new Key(campaignId.value(), breakdown, from, ""), true,
                new Key(campaignId.value(), breakdown, to, null), true).values().forEach(each);
    }

    @Override
    public List<CampaignDay> totals(OrganizationId organizationId, LocalDate from, LocalDate to) {
        NavigableMap<Key, CampaignDay> organization = rows.get(organizationId);
        if (organization == null || from.isAfter(to)) {
            return List.of();
        }
        return organization.values().stream()
                .filter(d -> d.breakdown() == CampaignBreakdown.NONE && !d.day().isBefore(from)
                        && !d.day().isAfter(to))
                .toList();
    }

    private NavigableMap<Key, CampaignDay> organization(OrganizationId organizationId) {
        return rows.computeIfAbsent(organizationId, o -> new ConcurrentSkipListMap<>(ORDER));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
