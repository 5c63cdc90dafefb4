package io.soundport.adapters.postgres;

import io.soundport.contracts.NotificationsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresNotificationsContractTest extends NotificationsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
