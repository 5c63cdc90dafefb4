package io.soundport.adapters.dynamodb;

import io.soundport.contracts.AuditLogContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoAuditLogContractTest extends AuditLogContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
