package io.soundport.adapters.postgres;

import io.soundport.contracts.ApiKeysContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresApiKeysContractTest extends ApiKeysContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
