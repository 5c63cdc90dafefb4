package io.soundport.adapters.postgres;

import io.soundport.contracts.OrganizationsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresOrganizationsContractTest extends OrganizationsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
