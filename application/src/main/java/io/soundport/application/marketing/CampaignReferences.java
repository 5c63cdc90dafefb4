package io.soundport.application.marketing;

import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.marketing.Promotion;
import io.soundport.domain.shared.DomainException;

/** Checks that what a campaign's plan names belongs to the organization: the release or track it promotes. */
public final class CampaignReferences {
    private final Releases releases;
    private final Tracks tracks;

    public CampaignReferences(Releases releases, Tracks tracks) {
        this.releases = releases;
        this.tracks = tracks;
    }

    /** VALIDATION_ERROR on {@code releaseId} or {@code trackId} when the organization's catalog lacks it. */
    void check(OrganizationId organizationId, CampaignPlan plan) {
        Promotion promotes = plan.promotes();
        if (promotes.releaseId() != null && releases.find(organizationId, promotes.releaseId()).isEmpty()) {
            throw DomainException.invalid("releaseId", "no release " + promotes.releaseId() + " in this catalog");
        }
        if (promotes.trackId() != null && tracks.find(organizationId, promotes.trackId()).isEmpty()) {
            throw DomainException.invalid("trackId", "no track " + promotes.trackId() + " in this catalog");
        }
    }
}
