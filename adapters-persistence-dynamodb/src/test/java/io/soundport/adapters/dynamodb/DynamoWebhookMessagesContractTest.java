package io.soundport.adapters.dynamodb;

import io.soundport.contracts.WebhookMessagesContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoWebhookMessagesContractTest extends WebhookMessagesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
