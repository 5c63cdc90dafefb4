package io.soundport.adapters.postgres;

import io.soundport.contracts.StreamFactsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresStreamFactsContractTest extends StreamFactsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
