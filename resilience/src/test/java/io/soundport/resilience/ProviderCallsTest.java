package io.soundport.resilience;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProviderCallsTest {
    private static final AnswerReader<String> TEXT = answer -> answer.status() + " " + answer.text();

    private final List<CallOutcome> outcomes = new CopyOnWriteArrayList<>();
    private WireMockServer provider;

    @BeforeEach
    void start() {
        provider = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop();
    }

    private ProviderCalls calls(ProviderPolicy.Builder policy) {
        return new ProviderCalls(policy.build(), (name, outcome, duration) -> {
            assertThat(name).isEqualTo("Acme");
            outcomes.add(outcome);
        }, Pacer.NONE);
    }

    private static ProviderPolicy.Builder policy() {
        return ProviderPolicy.builder("Acme");
    }

    private Request request(String path) {
        return new Request.Builder().url(provider.url(path)).get().build();
    }

    private int requests() {
        return provider.getAllServeEvents().size();
    }

    private void answerInTurn(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i + 1 < answers.length ? "answer " + (i + 1) : "last";
            provider.stubFor(get(urlEqualTo(path)).inScenario("turns").whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(i + 1 < answers.length ? next : "last"));
            state = next;
        }
    }

    private static DomainException failure(Runnable call) {
        return catchThrowableOfType(DomainException.class, call::run);
    }

    @Test
    void retries_a_503_after_a_jittered_backoff_and_answers_what_came_next() {
        answerInTurn("/x", aResponse().withStatus(503), aResponse().withStatus(503),
                aResponse().withStatus(200).withBody("ok"));
        ProviderCalls calls = calls(policy().retries(2).backoffBase(Duration.ofMillis(100)));

        long start = System.nanoTime();
        String answer = calls.execute(request("/x"), TEXT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer).isEqualTo("200 ok");
        assertThat(requests()).isEqualTo(3);
        assertThat(took).as("two backoffs of at most 100 and 200 ms").isLessThan(Duration.ofMillis(300 + 700));
        assertThat(outcomes).containsExactly(CallOutcome.SUCCESS);
    }

    @Test
    void full_jitter_draws_each_delay_evenly_from_zero_to_the_doubled_base() {
        Duration base = Duration.ofMillis(200);
        assertThat(ProviderCalls.fullJitter(0, base, 0.0)).isZero();
        assertThat(ProviderCalls.fullJitter(0, base, 0.5)).isEqualTo(Duration.ofMillis(100));
        assertThat(ProviderCalls.fullJitter(1, base, 0.5)).isEqualTo(Duration.ofMillis(200));
        assertThat(ProviderCalls.fullJitter(2, base, 0.999)).isBetween(Duration.ofMillis(799), Duration.ofMillis(800));
    }

    @Test
    void waits_the_retry_after_the_provider_sends_before_retrying() {
        answerInTurn("/x", aResponse().withStatus(503).withHeader("Retry-After", "1"),
                aResponse().withStatus(200).withBody("ok"));
        ProviderCalls calls = calls(policy().backoffBase(Duration.ofMillis(1)));

        long start = System.nanoTime();
        assertThat(calls.execute(request("/x"), TEXT)).isEqualTo("200 ok");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofMillis(2_500));
        List<Long> times = provider.getAllServeEvents().stream()
                .map(event -> event.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertThat(times.get(1) - times.get(0)).as("ms between the attempts at the provider")
                .isGreaterThanOrEqualTo(995);
    }

    @Test
    void a_retry_after_longer_than_the_policy_waits_for_fails_at_once_carrying_it() {
        provider.stubFor(get(urlEqualTo("/x")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "120")));
        ProviderCalls calls = calls(policy().maxRetryAfter(Duration.ofSeconds(5)));

        long start = System.nanoTime();
        DomainException e = failure(() -> calls.execute(request("/x"), TEXT));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(e.getMessage()).startsWith("Acme ");
        assertThat(requests()).isEqualTo(1);
        assertThat(outcomes).containsExactly(CallOutcome.THROTTLED);
    }

    @Test
    void a_429_is_retried_after_its_retry_after_and_is_not_held_against_the_breaker() {
        answerInTurn("/x", aResponse().withStatus(429).withHeader("Retry-After", "1"),
                aResponse().withStatus(200).withBody("ok"));
        ProviderCalls calls = calls(policy().breaker(1, 1, 50));

        assertThat(calls.execute(request("/x"), TEXT)).isEqualTo("200 ok");

        assertThat(requests()).isEqualTo(2);
        assertThat(calls.breakerState()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void a_limit_the_reader_finds_in_a_4xx_body_is_retried_like_a_429_then_throttled_and_never_opens_the_breaker() {
        provider.stubFor(get(urlEqualTo("/x")).willReturn(aResponse().withStatus(400).withBody("limit 17")));
        ProviderCalls calls = calls(policy().retries(2).backoffBase(Duration.ofMillis(1)).breaker(2, 2, 50));
        AnswerReader<String> limited = answer -> {
            if (answer.text().startsWith("limit")) {
                throw new Throttled("error code 17", null);
            }
            return "read";
        };

        DomainException e = failure(() -> calls.execute(request("/x"), limited));

        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(e.getMessage()).isEqualTo("Acme is limiting our calls (error code 17)");
        assertThat(e.retryAfter()).isPresent();
        assertThat(requests()).as("the first attempt and 2 retries").isEqualTo(3);
        assertThat(calls.breakerState()).isEqualTo(BreakerState.CLOSED);
        assertThat(outcomes).containsExactly(CallOutcome.THROTTLED);
    }

    @Test
    void a_limit_read_from_the_body_with_a_long_wait_fails_at_once_carrying_it_and_a_post_is_not_retried() {
        provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withBody("limit")));
        ProviderCalls calls = calls(policy().retries(2).backoffBase(Duration.ofMillis(1)));
        AnswerReader<String> waitLonger = answer -> {
            throw new Throttled("error code 80004", Duration.ofMinutes(3));
        };
        AnswerReader<String> limited = answer -> {
            throw new Throttled("error code 4", null);
        };

        DomainException waitLong = failure(() -> calls.execute(request("/x"), waitLonger));
        assertThat(waitLong.retryAfter()).contains(Duration.ofMinutes(3));
        assertThat(requests()).isEqualTo(1);

        DomainException posted = failure(() -> calls.execute(new Request.Builder().url(provider.url("/y"))
                .post(RequestBody.create(new byte[0])).build(), limited));
        assertThat(posted.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(requests()).as("the POST sent once").isEqualTo(2);
        assertThat(outcomes).containsExactly(CallOutcome.THROTTLED, CallOutcome.THROTTLED);
    }

    @Test
    void repeated_5xx_open_the_breaker_which_then_refuses_without_calling_the_provider() {
        provider.stubFor(get(urlEqualTo("/x")).willReturn(aResponse().withStatus(500)));
        ProviderCalls calls = calls(policy().retries(0).breaker(4, 4, 50).breakerOpenFor(Duration.ofSeconds(10)));

        for (int i = 0; i < 4; i++) {
            DomainException e = failure(() -> calls.execute(request("/x"), TEXT));
            assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(e.getMessage()).isEqualTo("Acme answered 500");
        }
        assertThat(calls.breakerState()).isEqualTo(BreakerState.OPEN);

        for (int i = 0; i < 3; i++) {
            DomainException refused = failure(() -> calls.execute(request("/x"), TEXT));
            assertThat(refused.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
            assertThat(refused.getMessage()).startsWith("Acme is unavailable");
            assertThat(refused.retryAfter()).hasValueSatisfying(wait ->
                    assertThat(wait).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10)));
        }
        assertThat(requests()).as("none reached the provider while open").isEqualTo(4);
        assertThat(outcomes).containsExactly(CallOutcome.FAILURE, CallOutcome.FAILURE, CallOutcome.FAILURE,
                CallOutcome.FAILURE, CallOutcome.BREAKER_OPEN, CallOutcome.BREAKER_OPEN, CallOutcome.BREAKER_OPEN);
    }

    @Test
    void an_open_breaker_lets_a_trial_through_after_its_open_time_and_closes_when_it_succeeds() throws Exception {
        answerInTurn("/x", aResponse().withStatus(502), aResponse().withStatus(502),
                aResponse().withStatus(200).withBody("back"));
        ProviderCalls calls = calls(policy().retries(0).breaker(2, 2, 50).breakerOpenFor(Duration.ofMillis(300)));
        failure(() -> calls.execute(request("/x"), TEXT));
        failure(() -> calls.execute(request("/x"), TEXT));
        assertThat(calls.breakerState()).isEqualTo(BreakerState.OPEN);

        Thread.sleep(350);

        assertThat(calls.execute(request("/x"), TEXT)).isEqualTo("200 back");
        assertThat(calls.breakerState()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void a_provider_that_never_answers_fails_within_the_total_timeout() throws Exception {
        try (RudeReceiver hanging = RudeReceiver.hanging()) {
            ProviderCalls calls = calls(policy().callTimeout(Duration.ofSeconds(1)));
            Request request = new Request.Builder().url(hanging.url("/x")).build();

            long start = System.nanoTime();
            DomainException e = failure(() -> calls.execute(request, TEXT));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(e.getMessage()).isEqualTo("Acme did not answer within 1000 ms");
            assertThat(took).isBetween(Duration.ofMillis(950), Duration.ofMillis(2_000));
            assertThat(hanging.connections()).as("no time was left to retry").isEqualTo(1);
        }
    }

    @Test
    void the_total_timeout_spans_the_retries() {
        answerInTurn("/x", aResponse().withStatus(503).withFixedDelay(100),
                aResponse().withStatus(200).withBody("late").withFixedDelay(6_000));
        ProviderCalls calls = calls(policy().callTimeout(Duration.ofSeconds(2)).backoffBase(Duration.ofMillis(1)));
        // the first request a fresh WireMock serves can take most of a second on a small machine
        new ProviderCalls(policy().build()).execute(request("/warm-up"), TEXT);

        long start = System.nanoTime();
        DomainException e = failure(() -> calls.execute(request("/x"), TEXT));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // the 503 came first, so the timeout struck the second attempt (still unanswered: not yet journaled); a
        // timeout per attempt would have let it run 2 s more
        assertThat(e.getMessage()).isEqualTo("Acme did not answer within 2000 ms");
        assertThat(took).isBetween(Duration.ofMillis(1_950), Duration.ofMillis(3_000));
    }

    @Test
    void a_provider_that_closes_the_connection_is_retried_then_an_integration_error() throws Exception {
        try (RudeReceiver closing = RudeReceiver.closing()) {
            ProviderCalls calls = calls(policy().retries(2).backoffBase(Duration.ofMillis(10)));
            Request request = new Request.Builder().url(closing.url("/x")).build();

            DomainException e = failure(() -> calls.execute(request, TEXT));

            assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(e.getMessage()).isEqualTo("Acme dropped the connection before answering");
            assertThat(closing.connections()).isEqualTo(3);
            assertThat(outcomes).containsExactly(CallOutcome.FAILURE);
        }
    }

    @Test
    void a_post_is_sent_once_whatever_happens() throws Exception {
        provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        ProviderCalls calls = calls(policy().retries(2).backoffBase(Duration.ofMillis(1)));
        RequestBody body = RequestBody.create("{}", MediaType.get("application/json"));

        DomainException answered503 = failure(() -> calls.execute(
                new Request.Builder().url(provider.url("/x")).post(body).build(), TEXT));
        assertThat(answered503.getMessage()).isEqualTo("Acme answered 503");
        assertThat(provider.findAll(anyRequestedFor(anyUrl()))).hasSize(1);

        try (RudeReceiver closing = RudeReceiver.closing()) {
            DomainException dropped = failure(() -> calls.execute(
                    new Request.Builder().url(closing.url("/x")).post(body).build(), TEXT));
            assertThat(dropped.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(closing.connections()).isEqualTo(1);
        }
    }

    @Test
    void a_full_bulkhead_refuses_at_once_while_the_running_calls_complete() throws Exception {
        provider.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withBody("slow").withFixedDelay(1_000)));
        ProviderCalls calls = calls(policy().maxConcurrentCalls(2).maxSlotWait(Duration.ofMillis(100)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        List<Long> refusedAfterMs = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    try {
                        return calls.execute(request("/slow"), TEXT);
                    } catch (DomainException e) {
                        refusedAfterMs.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> answers = new ArrayList<>();
            for (Future<Object> result : results) {
                answers.add(result.get(10, TimeUnit.SECONDS));
            }

            assertThat(answers).filteredOn("200 slow"::equals).hasSize(2);
            assertThat(answers).filteredOn(DomainException.class::isInstance).hasSize(2)
                    .allSatisfy(refused -> {
                        DomainException e = (DomainException) refused;
                        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
                        assertThat(e.getMessage()).startsWith("Acme is busy");
                        assertThat(e.retryAfter()).isPresent();
                    });
            assertThat(refusedAfterMs).allSatisfy(ms -> assertThat(ms).isLessThan(900));
            assertThat(requests()).isEqualTo(2);
            assertThat(outcomes).containsExactlyInAnyOrder(CallOutcome.SUCCESS, CallOutcome.SUCCESS,
                    CallOutcome.REJECTED, CallOutcome.REJECTED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void client_errors_reach_the_reader_and_are_not_held_against_the_breaker() {
        provider.stubFor(get(urlEqualTo("/missing")).willReturn(aResponse().withStatus(404).withBody("no such")));
        ProviderCalls calls = calls(policy().breaker(2, 2, 50));

        for (int i = 0; i < 5; i++) {
            assertThat(calls.execute(request("/missing"), TEXT)).isEqualTo("404 no such");
        }

        assertThat(requests()).as("a 4xx is not retried").isEqualTo(5);
        assertThat(calls.breakerState()).isEqualTo(BreakerState.CLOSED);
        assertThat(outcomes).containsOnly(CallOutcome.CLIENT_ERROR).hasSize(5);
    }

    @Test
    void what_the_reader_throws_on_a_success_is_an_integration_error_and_not_retried() {
        provider.stubFor(get(urlEqualTo("/x")).willReturn(aResponse().withBody("<html>")));
        ProviderCalls calls = calls(policy());

        DomainException e = failure(() -> calls.execute(request("/x"), answer -> {
            throw new IllegalStateException("not JSON");
        }));

        assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(e.getMessage()).isEqualTo("Acme answered what cannot be read");
        assertThat(requests()).isEqualTo(1);
        assertThat(outcomes).containsExactly(CallOutcome.FAILURE);
    }

    @Test
    void a_pacer_refusal_is_passed_on_before_anything_is_sent() {
        provider.stubFor(get(urlEqualTo("/x")).willReturn(aResponse().withBody("ok")));
        ProviderCalls calls = new ProviderCalls(policy().build(), (name, outcome, duration) -> outcomes.add(outcome),
                atMost -> {
                    throw DomainException.unavailable("Acme is busy: no slot", Duration.ofSeconds(7));
                });

        DomainException e = failure(() -> calls.execute(request("/x"), TEXT));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(requests()).isZero();
        assertThat(outcomes).containsExactly(CallOutcome.REJECTED);
    }
}
