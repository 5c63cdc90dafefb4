package io.soundport.adapters.postgres;

import io.soundport.contracts.AuditLogContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresAuditLogContractTest extends AuditLogContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
