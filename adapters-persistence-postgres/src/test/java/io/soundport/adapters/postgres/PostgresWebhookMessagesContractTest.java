package io.soundport.adapters.postgres;

import io.soundport.contracts.WebhookMessagesContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresWebhookMessagesContractTest extends WebhookMessagesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
