package io.soundport.adapters.local;

import io.soundport.contracts.EventBusContract;
import io.soundport.domain.port.EventBus;
import io.soundport.domain.shared.PublishedEvent;

import java.util.List;

class RecordingEventBusContractTest extends EventBusContract {
    private final RecordingEventBus bus = new RecordingEventBus();

    @Override
    protected EventBus bus() {
        return bus;
    }

    @Override
    protected List<PublishedEvent> received() {
        return bus.published();
    }
}
