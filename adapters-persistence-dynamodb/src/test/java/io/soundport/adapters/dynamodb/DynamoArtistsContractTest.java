package io.soundport.adapters.dynamodb;

import io.soundport.contracts.ArtistsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoArtistsContractTest extends ArtistsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
