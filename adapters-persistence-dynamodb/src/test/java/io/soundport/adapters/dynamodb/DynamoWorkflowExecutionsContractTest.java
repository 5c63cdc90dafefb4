package io.soundport.adapters.dynamodb;

import io.soundport.contracts.WorkflowExecutionsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoWorkflowExecutionsContractTest extends WorkflowExecutionsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
