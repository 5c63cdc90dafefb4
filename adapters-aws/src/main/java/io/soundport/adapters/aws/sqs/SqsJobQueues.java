package io.soundport.adapters.aws.sqs;

import io.soundport.domain.jobs.Job;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Json;
import io.soundport.domain.shared.JsonReader;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The SQS side of the background job queues, which {@link SqsJobs} and {@link SqsJobRelay} build on.
 *
 * <p>One standard queue per job type, named {@code <prefix>} + the type with {@code .} as {@code -}
 * ({@code soundport-webhook-send}), each with a dead-letter queue {@code <name>-dlq} that takes a message after
 * {@code maxReceives} receives: the layout the SAM and CDK stacks declare (a queue missing is created, with its
 * dead-letter queue and redrive policy). A job travels as a small JSON body that carries the attempts made before it
 * was sent; a job due later waits in the queue as a message delay (at most 15 minutes, SQS's limit). A receive is a
 * lease: the message is invisible to everyone else for the lease, the job's attempts are those it carried plus its
 * receive count, and deleting it completes the job.
 */
public final class SqsJobQueues {
    /** SQS's longest message delay. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** SQS's longest visibility timeout. */
    public static final Duration MAX_VISIBILITY = Duration.ofHours(12);
    private static final int BATCH = 10;
    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,76}");

    private final SqsClient sqs;
    private final String prefix;
    private final int maxReceives;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    /** A job as received, with the handle that completes or reschedules it. */
    public record Received(Job job, String receiptHandle) {
    }

    public SqsJobQueues(SqsClient sqs, String prefix, int maxReceives) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.prefix = prefix == null ? "" : prefix;
        if (maxReceives < 1) {
            throw new IllegalArgumentException("maxReceives must be at least 1");
        }
        this.maxReceives = maxReceives;
    }

    /** The queue of a job type under a prefix: {@code soundport-} and {@code webhook.send} → {@code soundport-webhook-send}. */
    public static String queueName(String prefix, String jobType) {
        String name = (prefix == null ? "" : prefix) + jobType.replace('.', '-').toLowerCase(Locale.ROOT);
        if (!QUEUE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not an SQS queue name (letters, digits, '-', '_';"
                    + " at most 76 characters, leaving room for '-dlq')");
        }
        return name;
    }

    /** Sends each job to its type's queue, in batches of ten; due later means delayed, up to {@link #MAX_DELAY}. */
    public void send(List<Job> jobs, Instant now) {
        Map<String, List<Job>> byType = new LinkedHashMap<>();
        jobs.forEach(job -> byType.computeIfAbsent(job.type(), type -> new ArrayList<>()).add(job));
        byType.forEach((type, ofType) -> {
            String url = url(type);
            for (int from = 0; from < ofType.size(); from += BATCH) {
                List<Job> batch = ofType.subList(from, Math.min(from + BATCH, ofType.size()));
                List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    Job job = batch.get(i);
                    entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                            .messageBody(body(job)).delaySeconds(delaySeconds(job.runAt(), now)).build());
                }
                SendMessageBatchResponse response = call(() -> sqs.sendMessageBatch(r -> r.queueUrl(url)
                        .entries(entries)));
                if (response.hasFailed() && !response.failed().isEmpty()) {
                    BatchResultErrorEntry first = response.failed().get(0);
                    throw new DomainException(ErrorCode.INTEGRATION_ERROR, "SQS refused " + response.failed().size()
                            + " of " + entries.size() + " job(s) for " + type + ": " + first.code());
                }
            }
        });
    }

    /**
     * Up to {@code max} (at most ten) jobs of the type, each invisible to other receivers for {@code lease}; their
     * attempts are those they carried plus their receive counts, and {@code owner} holds them until then. With a
     * {@code wait}, an empty queue is watched that long (SQS's long polling, at most 20 s) for a message to arrive.
     */
    public List<Received> receive(String jobType, String owner, Duration lease, int max, Duration wait, Instant now) {
        return receiveFrom(url(jobType), owner, lease, max, wait, now);
    }

    /** {@link #receive(String, String, Duration, int, Duration, Instant)} without waiting for a message. */
    public List<Received> receive(String jobType, String owner, Duration lease, int max, Instant now) {
        return receive(jobType, owner, lease, max, Duration.ZERO, now);
    }

    /** Up to {@code max} jobs of the type's dead-letter queue, invisible to other receivers for {@code lease}. */
    public List<Received> receiveDead(String jobType, String owner, Duration lease, int max, Instant now) {
        return receiveFrom(dlqUrl(jobType), owner, lease, max, Duration.ZERO, now);
    }

    private List<Received> receiveFrom(String url, String owner, Duration lease, int max, Duration wait,
                                       Instant now) {
        int visibility = (int) Math.min(MAX_VISIBILITY.toSeconds(), Math.max(1, lease.toSeconds()));
        int waitSeconds = (int) Math.min(20, Math.max(0, wait.toSeconds()));
        List<Message> messages = call(() -> sqs.receiveMessage(r -> r.queueUrl(url)
                .maxNumberOfMessages(Math.max(1, Math.min(BATCH, max))).visibilityTimeout(visibility)
                .waitTimeSeconds(waitSeconds)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))).messages();
        List<Received> received = new ArrayList<>();
        for (Message message : messages) {
            int receives = Integer.parseInt(message.attributes()
                    .getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
            received.add(new Received(job(message.body(), receives, owner, now.plusSeconds(visibility)),
                    message.receiptHandle()));
        }
        return received;
    }

    /** Deletes a received job's message; false when the handle no longer holds it (its lease ran out). */
    public boolean complete(String jobType, String receiptHandle) {
        String url = url(jobType);
        return held(() -> sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(receiptHandle)));
    }

    /** Deletes a job received from the type's dead-letter queue; false when the handle no longer holds it. */
    public boolean completeDead(String jobType, String receiptHandle) {
        String url = dlqUrl(jobType);
        return held(() -> sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(receiptHandle)));
    }

    /** Gives a received job back to run again after {@code delay} (at most twelve hours); false when no longer held. */
    public boolean postpone(String jobType, String receiptHandle, Duration delay) {
        int seconds = (int) Math.min(MAX_VISIBILITY.toSeconds(), Math.max(0, delay.toSeconds()));
        String url = url(jobType);
        return held(() -> sqs.changeMessageVisibility(r -> r.queueUrl(url).receiptHandle(receiptHandle)
                .visibilityTimeout(seconds)));
    }

    /**
     * Runs a call on a receipt handle: false when SQS says the handle no longer holds its message (deleted, or its
     * visibility ran out and another receive took it).
     */
    private static boolean held(Supplier<?> request) {
        try {
            request.get();
            return true;
        } catch (ReceiptHandleIsInvalidException e) {
            return false;
        } catch (AwsServiceException e) {
            if (LOST.contains(code(e))) {
                return false;
            }
            throw refused(e);
        } catch (SdkException e) {
            throw unreachable(e);
        }
    }

    /** Messages of the type waiting, in flight or delayed (SQS's approximate counts). */
    public long depth(String jobType) {
        return count(url(jobType));
    }

    /** Messages the type's dead-letter queue holds: jobs received {@code maxReceives} times without completing. */
    public long deadLetters(String jobType) {
        return count(dlqUrl(jobType));
    }

    private long count(String url) {
        Map<QueueAttributeName, String> attributes = call(() -> sqs.getQueueAttributes(r -> r.queueUrl(url)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))).attributes();
        return attributes.values().stream().mapToLong(Long::parseLong).sum();
    }

    /**
     * The queue of the type: the one the stack declared, or one created with its dead-letter queue and redrive policy
     * when it is missing (creating a queue that exists with the same attributes answers its URL, so two instances
     * racing here agree).
     */
    private String url(String jobType) {
        String known = urls.get(jobType);
        if (known != null) {
            return known;
        }
        String name = queueName(prefix, jobType);
        String url = existing(name).orElseGet(() -> {
            String dlq = dlqUrl(jobType);
            String dlqArn = call(() -> sqs.getQueueAttributes(r -> r.queueUrl(dlq)
                    .attributeNames(QueueAttributeName.QUEUE_ARN))).attributes().get(QueueAttributeName.QUEUE_ARN);
            String redrive = Json.write(Map.of("deadLetterTargetArn", dlqArn,
                    "maxReceiveCount", Integer.toString(maxReceives)));
            return call(() -> sqs.createQueue(r -> r.queueName(name)
                    .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, redrive)))).queueUrl();
        });
        urls.put(jobType, url);
        return url;
    }

    private String dlqUrl(String jobType) {
        String key = jobType + "#dlq";
        String known = urls.get(key);
        if (known != null) {
            return known;
        }
        String name = queueName(prefix, jobType) + "-dlq";
        String url = existing(name).orElseGet(() -> call(() -> sqs.createQueue(r -> r.queueName(name)
                .attributes(Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD,
                        Long.toString(Duration.ofDays(14).toSeconds()))))).queueUrl());
        urls.put(key, url);
        return url;
    }

    /** The URL of a queue that exists; empty when SQS has none of that name. */
    private Optional<String> existing(String name) {
        try {
            return Optional.of(sqs.getQueueUrl(r -> r.queueName(name)).queueUrl());
        } catch (QueueDoesNotExistException e) {
            return Optional.empty();
        } catch (AwsServiceException e) {
            throw refused(e);
        } catch (SdkException e) {
            throw unreachable(e);
        }
    }

    private static int delaySeconds(Instant runAt, Instant now) {
        long seconds = Duration.between(now, runAt).toSeconds();
        return (int) Math.max(0, Math.min(MAX_DELAY.toSeconds(), seconds));
    }

    static String body(Job job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id());
        body.put("type", job.type());
        body.put("organization_id", job.organizationId());
        body.put("subject_id", job.subjectId());
        body.put("run_at", job.runAt().toString());
        body.put("attempts", job.attempts());
        body.put("created_at", job.createdAt().toString());
        body.put("trace_parent", job.traceParent());
        return Json.write(body);
    }

    /**
     * The job of a message body, received {@code receives} times (SQS's {@code ApproximateReceiveCount}) and held by
     * {@code owner} until {@code leaseUntil}: its attempts are the body's plus those.
     */
    public static Job job(String body, int receives, String owner, Instant leaseUntil) {
        Map<String, Object> fields = JsonReader.readObject(body);
        int carried = fields.get("attempts") instanceof Number n ? n.intValue() : 0;
        return new Job((String) fields.get("id"), (String) fields.get("type"), (String) fields.get("organization_id"),
                (String) fields.get("subject_id"), Instant.parse((String) fields.get("run_at")), carried + receives,
                owner, leaseUntil, Instant.parse((String) fields.get("created_at")),
                (String) fields.get("trace_parent"));
    }

    /** SQS's codes for a receipt handle that no longer holds its message. */
    private static final Set<String> LOST = Set.of("ReceiptHandleIsInvalid", "MessageNotInflight",
            "AWS.SimpleQueueService.MessageNotInflight", "InvalidParameterValue");

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (AwsServiceException e) {
            throw refused(e);
        } catch (SdkException e) {
            throw unreachable(e);
        }
    }

    private static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "Unknown"
                : e.awsErrorDetails().errorCode();
    }

    private static DomainException refused(AwsServiceException e) {
        return new DomainException(ErrorCode.INTEGRATION_ERROR, "SQS answered " + e.statusCode() + " " + code(e));
    }

    private static DomainException unreachable(SdkException e) {
        return new DomainException(ErrorCode.INTEGRATION_ERROR, "SQS could not be reached: "
                + e.getClass().getSimpleName());
    }
}
