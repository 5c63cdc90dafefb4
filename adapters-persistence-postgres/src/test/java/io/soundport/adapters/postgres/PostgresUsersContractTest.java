package io.soundport.adapters.postgres;

import io.soundport.contracts.UsersContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresUsersContractTest extends UsersContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
