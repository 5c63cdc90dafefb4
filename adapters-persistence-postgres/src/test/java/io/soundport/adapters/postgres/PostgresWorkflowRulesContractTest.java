package io.soundport.adapters.postgres;

import io.soundport.contracts.WorkflowRulesContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresWorkflowRulesContractTest extends WorkflowRulesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
