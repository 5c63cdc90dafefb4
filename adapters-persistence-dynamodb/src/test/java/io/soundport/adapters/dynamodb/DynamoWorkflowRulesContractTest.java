package io.soundport.adapters.dynamodb;

import io.soundport.contracts.WorkflowRulesContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoWorkflowRulesContractTest extends WorkflowRulesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
