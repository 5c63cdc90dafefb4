package io.soundport.adapters.postgres;

import io.soundport.contracts.IdempotencyStoreContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresIdempotencyStoreContractTest extends IdempotencyStoreContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
