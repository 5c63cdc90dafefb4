package io.soundport.bootstrap;

import io.soundport.adapters.aws.sqs.AfterCommit;
import io.soundport.adapters.aws.sqs.SqsJobs;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.persistence.PortRegistry;
import io.soundport.domain.port.TransactionRunner;
import software.amazon.awssdk.services.sqs.SqsClient;

/** A store whose job queue is on SQS: its own adapters, with {@link SqsJobs} and {@link AfterCommit} in front. */
final class QueuedOnSqs implements PersistencePorts {
    private final PersistencePorts store;
    private final PortRegistry registry;
    private final SqsClient sqs;

    QueuedOnSqs(PersistencePorts store, SqsJobs jobs, AfterCommit commits, SqsClient sqs) {
        this.store = store;
        this.registry = store.registry().replacing(Jobs.class, jobs).replacing(TransactionRunner.class, commits);
        this.sqs = sqs;
    }

    /** The store underneath, for what only it has (its connection pool's metrics). */
    PersistencePorts store() {
        return store;
    }

    @Override
    public PortRegistry registry() {
        return registry;
    }

    @Override
    public boolean isReachable() {
        return store.isReachable();
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            sqs.close();
        }
    }
}
