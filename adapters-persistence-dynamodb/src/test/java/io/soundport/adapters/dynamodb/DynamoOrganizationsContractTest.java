package io.soundport.adapters.dynamodb;

import io.soundport.contracts.OrganizationsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoOrganizationsContractTest extends OrganizationsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
