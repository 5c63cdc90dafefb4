package io.soundport.adapters.dynamodb;

import io.soundport.contracts.NotificationTemplatesContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoNotificationTemplatesContractTest extends NotificationTemplatesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
