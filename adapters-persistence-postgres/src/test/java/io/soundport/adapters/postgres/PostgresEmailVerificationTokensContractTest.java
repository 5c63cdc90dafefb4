package io.soundport.adapters.postgres;

import io.soundport.contracts.EmailVerificationTokensContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresEmailVerificationTokensContractTest extends EmailVerificationTokensContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
