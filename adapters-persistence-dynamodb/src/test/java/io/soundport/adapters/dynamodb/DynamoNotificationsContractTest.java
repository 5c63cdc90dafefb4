package io.soundport.adapters.dynamodb;

import io.soundport.contracts.NotificationsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoNotificationsContractTest extends NotificationsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
