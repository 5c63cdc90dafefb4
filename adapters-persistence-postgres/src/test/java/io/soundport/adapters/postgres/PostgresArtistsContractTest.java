package io.soundport.adapters.postgres;

import io.soundport.contracts.ArtistsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresArtistsContractTest extends ArtistsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
