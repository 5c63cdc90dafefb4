package io.soundport.adapters.postgres;

import io.soundport.contracts.ConnectionsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresConnectionsContractTest extends ConnectionsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
