package io.soundport.adapters.postgres;

import io.soundport.contracts.UpstreamServicesContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresUpstreamServicesContractTest extends UpstreamServicesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
