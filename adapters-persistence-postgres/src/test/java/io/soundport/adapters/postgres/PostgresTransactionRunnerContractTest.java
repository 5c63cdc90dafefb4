package io.soundport.adapters.postgres;

import io.soundport.contracts.TransactionRunnerContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresTransactionRunnerContractTest extends TransactionRunnerContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
