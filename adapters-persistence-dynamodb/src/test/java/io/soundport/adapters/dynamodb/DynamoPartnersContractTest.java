package io.soundport.adapters.dynamodb;

import io.soundport.contracts.PartnersContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoPartnersContractTest extends PartnersContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
