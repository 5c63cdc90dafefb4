package io.soundport.adapters.postgres;

import io.soundport.contracts.NewWorkContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresNewWorkContractTest extends NewWorkContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
