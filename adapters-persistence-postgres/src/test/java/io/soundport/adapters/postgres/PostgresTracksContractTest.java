package io.soundport.adapters.postgres;

import io.soundport.contracts.TracksContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresTracksContractTest extends TracksContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
