package io.soundport.adapters.postgres;

import io.soundport.contracts.OutboxContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresOutboxContractTest extends OutboxContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
