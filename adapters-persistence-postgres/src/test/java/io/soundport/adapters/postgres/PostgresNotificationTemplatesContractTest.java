package io.soundport.adapters.postgres;

import io.soundport.contracts.NotificationTemplatesContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresNotificationTemplatesContractTest extends NotificationTemplatesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
