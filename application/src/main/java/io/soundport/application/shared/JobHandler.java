package io.soundport.application.shared;

import io.soundport.domain.jobs.Job;

import java.util.List;

/**
 * The work of one job type, as a queue hands it over: what runs jobs already claimed, and what gives up on a job its
 * queue dead-lettered. A queue that claims by itself (the workers' {@code runOnce}) and one that is handed messages
 * (an SQS event source on Lambda) run the same work.
 */
public interface JobHandler {
    /** The job type this handler works, such as {@code webhook.send}. */
    String type();

    /**
     * Works jobs of {@link #type()} that {@code owner} claimed: each is completed or rescheduled before this returns,
     * except one whose work failed, which stays held until its lease runs out. Returns how many it worked.
     */
    int work(String owner, List<Job> claimed);

    /**
     * Gives up on a job its queue dead-lettered (received again and again without being finished: its worker died on
     * it each time). Its subject shows the failure with {@code reason} in the API, where the subject has a failed
     * state, so that an operator sees it and can retry it; it joins the current transaction.
     */
    void abandon(Job job, String reason);
}
