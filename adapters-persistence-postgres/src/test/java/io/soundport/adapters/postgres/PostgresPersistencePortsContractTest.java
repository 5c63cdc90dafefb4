package io.soundport.adapters.postgres;

import io.soundport.contracts.PersistencePortsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresPersistencePortsContractTest extends PersistencePortsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
