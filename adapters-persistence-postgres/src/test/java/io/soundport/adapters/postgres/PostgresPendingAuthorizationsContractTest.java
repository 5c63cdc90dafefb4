package io.soundport.adapters.postgres;

import io.soundport.contracts.PendingAuthorizationsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresPendingAuthorizationsContractTest extends PendingAuthorizationsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
