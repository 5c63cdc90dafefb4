package io.soundport.adapters.dynamodb;

import io.soundport.contracts.UpstreamServicesContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoUpstreamServicesContractTest extends UpstreamServicesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
