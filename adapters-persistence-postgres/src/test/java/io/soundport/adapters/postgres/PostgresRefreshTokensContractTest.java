package io.soundport.adapters.postgres;

import io.soundport.contracts.RefreshTokensContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresRefreshTokensContractTest extends RefreshTokensContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
