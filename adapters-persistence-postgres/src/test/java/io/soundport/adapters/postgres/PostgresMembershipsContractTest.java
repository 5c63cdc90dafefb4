package io.soundport.adapters.postgres;

import io.soundport.contracts.MembershipsContract;
import io.soundport.domain.port.PersistencePorts;

class PostgresMembershipsContractTest extends MembershipsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
