package io.soundport.adapters.postgres;

import io.soundport.contracts.MembershipsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresMembershipsContractTest extends MembershipsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
