package io.soundport.adapters.postgres;

import io.soundport.contracts.PartnersContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresPartnersContractTest extends PartnersContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
