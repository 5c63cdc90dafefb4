package io.soundport.adapters.dynamodb;

import io.soundport.contracts.JobsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoJobsContractTest extends JobsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
