package io.soundport.adapters.postgres;

import io.soundport.contracts.LiveEventsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresLiveEventsContractTest extends LiveEventsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
