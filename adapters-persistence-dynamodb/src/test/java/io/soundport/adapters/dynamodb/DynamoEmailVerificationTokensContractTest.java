package io.soundport.adapters.dynamodb;

import io.soundport.contracts.EmailVerificationTokensContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoEmailVerificationTokensContractTest extends EmailVerificationTokensContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
