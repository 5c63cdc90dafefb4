package io.soundport.adapters.postgres;

import io.soundport.contracts.JobsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresJobsContractTest extends JobsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
