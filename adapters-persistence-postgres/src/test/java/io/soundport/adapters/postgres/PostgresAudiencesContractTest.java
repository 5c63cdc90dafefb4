package io.soundport.adapters.postgres;

import io.soundport.contracts.AudiencesContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresAudiencesContractTest extends AudiencesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
