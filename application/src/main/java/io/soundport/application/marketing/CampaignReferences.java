package io.soundport.application.marketing;

import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.marketing.Promotion;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that what a campaign's plan names belongs to the organization: the release or track it promotes, the
 * audiences it targets.
 */
public final class CampaignReferences {
    private final Releases releases;
    private final Tracks tracks;
    private final Audiences audiences;

    public CampaignReferences(Releases releases, Tracks tracks, Audiences audiences) {
        this.releases = releases;
        this.tracks = tracks;
        this.audiences = audiences;
    }

    /**
     * VALIDATION_ERROR on {@code releaseId} or {@code trackId} when the organization's catalog lacks it, on
     * {@code audienceIds[i]} for each audience the organization does not have.
     */
    void check(OrganizationId organizationId, CampaignPlan plan) {
        checkAudiences(organizationId, plan.audienceIds());
        Promotion promotes = plan.promotes();
        if (promotes.releaseId() != null && releases.find(organizationId, promotes.releaseId()).isEmpty()) {
            throw DomainException.invalid("releaseId", "no release " + promotes.releaseId() + " in this catalog");
        }
        if (promotes.trackId() != null && tracks.find(organizationId, promotes.trackId()).isEmpty()) {
            throw DomainException.invalid("trackId", "no track " + promotes.trackId() + " in this catalog");
        }
    }

    /** VALIDATION_ERROR naming each audience of {@code ids} the organization does not have. */
    void checkAudiences(OrganizationId organizationId, List<AudienceId> ids) {
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (audiences.find(organizationId, ids.get(i)).isEmpty()) {
                missing.add(new FieldError("audienceIds[" + i + "]", "no audience " + ids.get(i)
                        + " in this organization"));
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.invalid(missing);
        }
    }
}
