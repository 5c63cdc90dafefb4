package io.soundport.bootstrap;

import io.soundport.application.platform.EventPublishWorker;

/**
 * Whether events are also published to an outside bus: when on, the outbox dispatcher queues a publish job per
 * event ({@code EventBusForwarding}) and a background worker runs the {@link EventPublishWorker}.
 */
record EventPublishing(EventPublishWorker worker) {
    static final EventPublishing OFF = new EventPublishing(null);

    boolean on() {
        return worker != null;
    }
}
