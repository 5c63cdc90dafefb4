package io.soundport.adapters.postgres;

import io.soundport.contracts.TracksContract;
import io.soundport.domain.port.PersistencePorts;

class PostgresTracksContractTest extends TracksContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
