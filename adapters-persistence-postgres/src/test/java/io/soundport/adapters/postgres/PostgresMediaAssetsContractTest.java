package io.soundport.adapters.postgres;

import io.soundport.contracts.MediaAssetsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresMediaAssetsContractTest extends MediaAssetsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
