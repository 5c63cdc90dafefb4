package com.example.partner;

import io.soundport.sdk.SoundportClient;
import io.soundport.sdk.model.ReleaseStatus;
import io.soundport.sdk.model.ReleaseSummary;
import io.soundport.sdk.param.ReleaseListParams;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the whole catalog page by page: {@code autoPagingIterable()} follows {@code next_cursor} and fetches the
 * next page only when the loop reaches it.
 */
public final class CatalogPaging {
    private CatalogPaging() {
    }

    /** Every release of the organization, newest first, fetched {@code pageSize} at a time. */
    public static List<ReleaseSummary> all(SoundportClient client, int pageSize) {
        List<ReleaseSummary> all = new ArrayList<>();
        for (ReleaseSummary release : client.releases().list(ReleaseListParams.builder().limit(pageSize).build())
                .autoPagingIterable()) {
            all.add(release);
        }
        return all;
    }

    /**
     * How many releases are in each status. A status a newer server added counts as {@link ReleaseStatus#UNKNOWN};
     * its name is in {@code statusValue()}.
     */
    public static Map<ReleaseStatus, Integer> countByStatus(List<ReleaseSummary> releases) {
        Map<ReleaseStatus, Integer> counts = new EnumMap<>(ReleaseStatus.class);
        for (ReleaseSummary release : releases) {
            counts.merge(release.status(), 1, Integer::sum);
        }
        return counts;
    }
}
