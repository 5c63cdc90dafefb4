package io.soundport.adapters.postgres;

import io.soundport.contracts.WorkflowExecutionsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresWorkflowExecutionsContractTest extends WorkflowExecutionsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
