package io.soundport.adapters.dynamodb;

import io.soundport.contracts.TransactionRunnerContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoTransactionRunnerContractTest extends TransactionRunnerContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
