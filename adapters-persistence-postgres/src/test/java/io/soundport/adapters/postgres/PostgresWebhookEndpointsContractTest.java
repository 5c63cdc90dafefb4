package io.soundport.adapters.postgres;

import io.soundport.contracts.WebhookEndpointsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresWebhookEndpointsContractTest extends WebhookEndpointsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
