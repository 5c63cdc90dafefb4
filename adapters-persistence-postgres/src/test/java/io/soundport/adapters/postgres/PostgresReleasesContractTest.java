package io.soundport.adapters.postgres;

import io.soundport.contracts.ReleasesContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresReleasesContractTest extends ReleasesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
