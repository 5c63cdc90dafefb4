package io.soundport.adapters.aws;

import io.soundport.domain.port.EventBus;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Json;
import io.soundport.domain.shared.PublishedEvent;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishes domain events to an Amazon EventBridge bus ({@code PutEvents}): source {@code io.soundport} (or the
 * configured one), the event type as detail type, the event as detail
 * ({@code {id, type, organization_id, aggregate_id, release_id, occurred_at, data}}), its time, and its trace as an
 * X-Ray trace header. At most 10 entries and 256 KB go in one request; the entries EventBridge did not take are sent
 * again, alone, a bounded number of times with a growing pause, before the whole call fails.
 */
public final class EventBridgeEventPublisher implements EventBus {
    static final int MAX_ENTRIES = 10;
    static final int MAX_REQUEST_BYTES = 256 * 1024;

    /**
     * @param eventBusName   the bus's name or ARN ({@code default} for the account's default bus)
     * @param source         the {@code source} rules match on
     * @param entryRetries   how many more times entries EventBridge did not take are sent
     * @param retryBaseDelay the pause before the first of them; it doubles each time
     */
    public record Settings(String eventBusName, String source, int entryRetries, Duration retryBaseDelay) {
        public static final String DEFAULT_SOURCE = "io.soundport";

        public Settings {
            eventBusName = eventBusName == null || eventBusName.isBlank() ? "default" : eventBusName.strip();
            source = source == null || source.isBlank() ? DEFAULT_SOURCE : source.strip();
            if (entryRetries < 0) {
                throw new IllegalArgumentException("entryRetries must not be negative");
            }
            Objects.requireNonNull(retryBaseDelay, "retryBaseDelay");
        }

        /** This bus, source {@code io.soundport}, 3 more tries of refused entries from 200 ms. */
        public static Settings of(String eventBusName) {
            return new Settings(eventBusName, DEFAULT_SOURCE, 3, Duration.ofMillis(200));
        }
    }

    private static final Pattern TRACE_PARENT =
            Pattern.compile("[0-9a-f]{2}-([0-9a-f]{8})([0-9a-f]{24})-([0-9a-f]{16})-([0-9a-f]{2})");

    private final EventBridgeClient events;
    private final Settings settings;

    public EventBridgeEventPublisher(EventBridgeClient events, Settings settings) {
        this.events = Objects.requireNonNull(events, "events");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void publish(List<PublishedEvent> published) {
        List<PutEventsRequestEntry> entries = published.stream().map(this::entry).toList();
        List<List<PutEventsRequestEntry>> batches = batches(entries);
        int sent = 0;
        for (List<PutEventsRequestEntry> batch : batches) {
            Refusal refusal = send(batch);
            if (refusal != null) {
                // the later batches are not tried: the caller publishes the whole list again
                int failed = refusal.entries() + entries.size() - sent - batch.size();
                throw new DomainException(ErrorCode.INTEGRATION_ERROR, failed + " of " + entries.size()
                        + " events were not published to EventBridge (" + refusal.reason() + ")");
            }
            sent += batch.size();
        }
    }

    /** How many entries of a batch were not published in the end, and why. */
    private record Refusal(int entries, String reason) {
    }

    /** Sends one batch, then again the entries refused; null when all were taken. */
    private Refusal send(List<PutEventsRequestEntry> batch) {
        List<PutEventsRequestEntry> pending = batch;
        String lastCode = null;
        for (int attempt = 0; attempt <= settings.entryRetries(); attempt++) {
            if (attempt > 0) {
                pause(settings.retryBaseDelay().multipliedBy(1L << Math.min(attempt - 1, 10)));
            }
            List<PutEventsResultEntry> results;
            try {
                results = events.putEvents(PutEventsRequest.builder().entries(pending).build()).entries();
            } catch (SdkException e) {
                return new Refusal(pending.size(), reason(e));
            }
            List<PutEventsRequestEntry> refused = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                PutEventsResultEntry result = i < results.size() ? results.get(i) : null;
                if (result == null || result.errorCode() != null) {
                    refused.add(pending.get(i));
                    lastCode = result == null ? "missing" : result.errorCode();
                }
            }
            if (refused.isEmpty()) {
                return null;
            }
            pending = refused;
        }
        return new Refusal(pending.size(), "EventBridge refused them: " + lastCode);
    }

    private static String reason(SdkException e) {
        if (e instanceof AwsServiceException aws) {
            return "EventBridge answered " + aws.statusCode() + " " + AwsErrors.code(aws);
        }
        return "EventBridge could not be reached: " + e.getClass().getSimpleName();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(ErrorCode.INTEGRATION_ERROR, "publishing to EventBridge was interrupted");
        }
    }

    private PutEventsRequestEntry entry(PublishedEvent event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("id", event.id());
        detail.put("type", event.type());
        detail.put("organization_id", event.organizationId());
        detail.put("aggregate_id", event.aggregateId());
        detail.put("release_id", event.releaseId());
        detail.put("occurred_at", event.occurredAt().toString());
        detail.put("data", event.data());
        return PutEventsRequestEntry.builder()
                .eventBusName(settings.eventBusName())
                .source(settings.source())
                .detailType(event.type())
                .detail(Json.write(detail))
                .time(event.occurredAt())
                .traceHeader(xrayTraceHeader(event.traceParent()))
                .build();
    }

    /**
     * The W3C {@code traceparent} as the X-Ray trace header EventBridge carries on to its targets:
     * {@code Root=1-<8 hex>-<24 hex>;Parent=<span id>;Sampled=<0|1>}; null when there is none or it is malformed.
     */
    static String xrayTraceHeader(String traceParent) {
        if (traceParent == null) {
            return null;
        }
        Matcher m = TRACE_PARENT.matcher(traceParent);
        if (!m.matches()) {
            return null;
        }
        boolean sampled = (Integer.parseInt(m.group(4), 16) & 1) == 1;
        return "Root=1-" + m.group(1) + "-" + m.group(2) + ";Parent=" + m.group(3) + ";Sampled=" + (sampled ? 1 : 0);
    }

    /** Consecutive runs of at most 10 entries and 256 KB, as EventBridge measures an entry. */
    static List<List<PutEventsRequestEntry>> batches(List<PutEventsRequestEntry> entries) {
        List<List<PutEventsRequestEntry>> batches = new ArrayList<>();
        List<PutEventsRequestEntry> current = new ArrayList<>();
        int bytes = 0;
        for (PutEventsRequestEntry entry : entries) {
            int size = size(entry);
            if (!current.isEmpty() && (current.size() == MAX_ENTRIES || bytes + size > MAX_REQUEST_BYTES)) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(entry);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** EventBridge's measure of an entry: 14 bytes for the time, then source, detail type and detail in UTF-8. */
    static int size(PutEventsRequestEntry entry) {
        return 14 + utf8(entry.source()) + utf8(entry.detailType()) + utf8(entry.detail());
    }

    private static int utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
