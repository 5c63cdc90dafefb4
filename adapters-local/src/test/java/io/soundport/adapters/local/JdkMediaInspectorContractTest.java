package io.soundport.adapters.local;

import io.soundport.contracts.MediaInspectorContract;
import io.soundport.domain.catalog.MediaInspector;

class JdkMediaInspectorContractTest extends MediaInspectorContract {
    @Override
    protected MediaInspector inspector() {
        return new JdkMediaInspector();
    }
}
