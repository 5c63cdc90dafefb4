package io.soundport.adapters.postgres;

import io.soundport.contracts.OptOutsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresOptOutsContractTest extends OptOutsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
