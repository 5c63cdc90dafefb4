package io.soundport.adapters.meta;

import io.soundport.contracts.AdsPlatformContract;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.integrations.ads.CampaignId;
import io.soundport.domain.integrations.ads.PixelId;
import org.junit.jupiter.api.AfterEach;

import java.time.LocalDate;

/** The port's contract on Graph's recorded (and, where none exists, documented) answers. */
class MetaAdsPlatformContractTest extends AdsPlatformContract {
    private final GraphAdsStub graph = new GraphAdsStub();
    private final MetaAdsPlatform platform = graph.platform();

    @AfterEach
    void stop() {
        graph.close();
    }

    @Override
    protected AdsPlatform platform() {
        return platform;
    }

    @Override
    protected String validToken() {
        return GraphAdsStub.TOKEN;
    }

    @Override
    protected AdAccountId accountWithCampaigns() {
        return AdAccountId.of(GraphAdsStub.ACCOUNT);
    }

    @Override
    protected int campaignPageLimit() {
        return 25;
    }

    @Override
    protected CampaignId knownCampaign() {
        return CampaignId.of(GraphAdsStub.CAMPAIGN);
    }

    @Override
    protected LocalDate insightsSince() {
        return LocalDate.parse("2024-03-01");
    }

    @Override
    protected LocalDate insightsUntil() {
        return LocalDate.parse("2024-03-07");
    }

    @Override
    protected PixelId knownPixel() {
        return PixelId.of(GraphAdsStub.PIXEL);
    }

    /** The recorded answer to adding people counts one. */
    @Override
    protected int peopleToAdd() {
        return 1;
    }
}
