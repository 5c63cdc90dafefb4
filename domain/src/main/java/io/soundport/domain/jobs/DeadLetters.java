package io.soundport.domain.jobs;

import java.time.Duration;
import java.util.List;

/**
 * The jobs a queue gave up on: received too many times without being completed or rescheduled, their worker having
 * died on each one. Only a queue with a dead-letter queue of its own (SQS) has them; the database's queues lease a job
 * again for as long as it takes.
 */
public interface DeadLetters {
    /** Up to {@code limit} dead jobs of the type, held by {@code owner} for {@code lease} (others do not see them). */
    List<Job> take(String type, String owner, Duration lease, int limit);

    /** Removes a dead job {@code owner} took, once it was dealt with; false when the owner no longer holds it. */
    boolean discard(String jobId, String owner);

    /** How many dead jobs of the type there are (approximately, as the queue counts). */
    long count(String type);
}
