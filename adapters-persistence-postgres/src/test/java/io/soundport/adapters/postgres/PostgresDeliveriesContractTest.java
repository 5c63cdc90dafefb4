package io.soundport.adapters.postgres;

import io.soundport.contracts.DeliveriesContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresDeliveriesContractTest extends DeliveriesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
