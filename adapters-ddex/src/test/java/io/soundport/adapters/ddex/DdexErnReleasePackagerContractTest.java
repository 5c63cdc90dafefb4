package io.soundport.adapters.ddex;

import io.soundport.contracts.ReleasePackagerContract;
import io.soundport.domain.distribution.ReleasePackager;

class DdexErnReleasePackagerContractTest extends ReleasePackagerContract {
    private final DdexErnReleasePackager packager = new DdexErnReleasePackager();

    @Override
    protected ReleasePackager packager() {
        return packager;
    }
}
