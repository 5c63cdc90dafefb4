package io.soundport.adapters.postgres;

import io.soundport.contracts.ApplicationsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresApplicationsContractTest extends ApplicationsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
