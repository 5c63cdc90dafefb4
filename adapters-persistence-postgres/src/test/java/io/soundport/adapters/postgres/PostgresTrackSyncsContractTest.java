package io.soundport.adapters.postgres;

import io.soundport.contracts.TrackSyncsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresTrackSyncsContractTest extends TrackSyncsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
