package io.soundport.adapters.dynamodb;

import io.soundport.contracts.TrackSyncsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoTrackSyncsContractTest extends TrackSyncsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
