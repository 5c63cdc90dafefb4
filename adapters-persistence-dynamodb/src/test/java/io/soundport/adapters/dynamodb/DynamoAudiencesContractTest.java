package io.soundport.adapters.dynamodb;

import io.soundport.contracts.AudiencesContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoAudiencesContractTest extends AudiencesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
