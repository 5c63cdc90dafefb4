package io.soundport.adapters.dynamodb;

import io.soundport.contracts.WebhookEndpointsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoWebhookEndpointsContractTest extends WebhookEndpointsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
