package io.soundport.application.platform;

import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.platform.Origin;
import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.platform.UpstreamAnswer;
import io.soundport.domain.platform.UpstreamAttempt;
import io.soundport.domain.platform.UpstreamRequest;
import io.soundport.domain.platform.UpstreamService;
import io.soundport.domain.platform.Upstreams;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GatewayTest {
    private static final String SECRET = "a-gateway-secret-of-at-least-32-chars";
    private static final String A = "https://a.example.com";
    private static final String B = "https://b.example.com/base/";
    private static final ServiceName USERS = ServiceName.of("users");

    private final Core core = new Core();
    private final ScriptedUpstreams upstreams = new ScriptedUpstreams();
    private final UpstreamHealth health = new UpstreamHealth(3, 2);
    private final Gateway gateway = new Gateway(core.store.upstreamServices(), health, upstreams,
            new IdentitySigner(SECRET), core.clock);
    private final Caller caller = core.member(Role.MEMBER);

    /** Instances that answer as scripted, recording what was sent to whom. */
    private static final class ScriptedUpstreams implements Upstreams {
        final Map<String, Supplier<UpstreamAttempt>> script = new HashMap<>();
        final List<String> sentTo = new ArrayList<>();
        final List<UpstreamRequest> sent = new ArrayList<>();

        @Override
        public UpstreamAttempt send(String instance, UpstreamRequest request) {
            sentTo.add(instance);
            sent.add(request);
            return script.getOrDefault(instance, () -> answer(200, instance)).get();
        }

        @Override
        public boolean probe(String instance, String path) {
            return true;
        }

        @Override
        public BreakerState breaker(String instance) {
            return BreakerState.CLOSED;
        }
    }

    private static UpstreamAttempt answer(int status, String body) {
        return new UpstreamAttempt.Answered(new UpstreamAnswer(status, List.of(),
                new ByteArrayInputStream(body.getBytes()), body.length(), status == 503));
    }

    private void register(String... instances) {
        core.store.upstreamServices().add(new UpstreamService(USERS, List.of(instances), "/health",
                Duration.ofSeconds(5), Core.T0));
    }

    private ForwardCommand command(String method, InputStream body) {
        return new ForwardCommand(USERS, method, "/users/1", "a=b", List.of(), body, body == null ? 0 : 3,
                new Origin("203.0.113.7", "https", "api.example.com"));
    }

    private UpstreamAnswer forward(String method) {
        return gateway.forward(caller, command(method, null));
    }

    private ErrorCode failure(Caller who, ForwardCommand command) {
        return catchThrowableOfType(DomainException.class, () -> gateway.forward(who, command)).code();
    }

    @Test
    void requests_go_round_robin_over_the_healthy_instances() throws Exception {
        register(A, B);

        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bodies.add(new String(forward("GET").body().readAllBytes()));
        }

        assertThat(bodies).containsExactly(A, B, A, B);
    }

    @Test
    void an_unhealthy_instance_gets_nothing_and_with_none_healthy_nothing_is_sent() {
        register(A, B);
        for (int i = 0; i < 3; i++) {
            health.failed(USERS, A, Core.T0);
        }
        forward("GET");
        forward("GET");
        assertThat(upstreams.sentTo).containsExactly(B, B);

        for (int i = 0; i < 3; i++) {
            health.failed(USERS, B, Core.T0);
        }
        assertThat(failure(caller, command("GET", null))).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(upstreams.sentTo).hasSize(2);
    }

    @Test
    void an_open_breaker_is_skipped_for_every_method_and_all_open_is_unavailable() {
        register(A, B);
        upstreams.script.put(A, UpstreamAttempt.Refused::new);

        assertThat(forward("POST").status()).isEqualTo(200);
        assertThat(forward("POST").status()).isEqualTo(200);
        assertThat(upstreams.sentTo).containsExactly(A, B, B);

        upstreams.script.put(B, UpstreamAttempt.Refused::new);
        assertThat(failure(caller, command("GET", null))).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void an_idempotent_request_goes_on_when_an_instance_cannot_be_reached_and_a_post_does_not() {
        register(A, B);
        upstreams.script.put(A, () -> new UpstreamAttempt.Unreachable("refused"));

        assertThat(forward("PUT").status()).isEqualTo(200);
        assertThat(upstreams.sentTo).containsExactly(A, B);

        upstreams.sentTo.clear();
        forward("GET");   // B's turn
        assertThat(failure(caller, command("POST", null))).as("nothing was sent: may be repeated")
                .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(upstreams.sentTo).containsExactly(B, A);
    }

    @Test
    void an_unavailable_answer_sends_a_bodiless_idempotent_request_on_and_passes_through_otherwise() {
        register(A, B);
        upstreams.script.put(A, () -> answer(503, "busy"));

        assertThat(forward("GET").status()).isEqualTo(200);
        assertThat(upstreams.sentTo).containsExactly(A, B);

        forward("GET");   // B's turn
        upstreams.sentTo.clear();
        assertThat(forward("POST").status()).as("a POST is sent once").isEqualTo(503);
        forward("GET");   // B's turn
        upstreams.sentTo.clear();
        UpstreamAnswer put = gateway.forward(caller, command("PUT", new ByteArrayInputStream(new byte[3])));
        assertThat(put.status()).as("a body streams once").isEqualTo(503);
        assertThat(upstreams.sentTo).containsExactly(A);

        upstreams.script.put(B, () -> answer(503, "busy too"));
        upstreams.sentTo.clear();
        assertThat(forward("GET").status()).as("the last instance's answer, as it is").isEqualTo(503);
        assertThat(upstreams.sentTo).hasSize(2);
    }

    @Test
    void a_request_that_went_out_without_an_answer_is_an_integration_error_and_not_retried() {
        register(A, B);
        upstreams.script.put(A, () -> new UpstreamAttempt.Failed("read timed out"));

        assertThat(failure(caller, command("GET", null))).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(upstreams.sentTo).containsExactly(A);
    }

    @Test
    void reads_need_the_read_permission_and_other_methods_the_write_permission() {
        register(A);
        Caller readOnly = core.apiKeyOf(caller, Scope.READ);

        assertThat(gateway.forward(readOnly, command("GET", null)).status()).isEqualTo(200);
        assertThat(failure(readOnly, command("DELETE", null))).isEqualTo(ErrorCode.AUTHORIZATION_ERROR);
        assertThat(failure(core.member(Role.VIEWER), command("POST", null))).isEqualTo(ErrorCode.AUTHORIZATION_ERROR);
        assertThat(upstreams.sentTo).hasSize(1);
    }

    @Test
    void an_unknown_service_is_not_found() {
        assertThat(failure(caller, command("GET", null))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void the_identity_is_signed_over_the_path_the_instance_receives() {
        register(B);

        forward("DELETE");

        UpstreamRequest sent = upstreams.sent.get(0);
        assertThat(sent.identity().organization()).isEqualTo(caller.organizationId().value());
        assertThat(sent.identity().actor()).isEqualTo("user:" + caller.userId().value());
        assertThat(sent.identity().timestamp()).isEqualTo(Core.T0.getEpochSecond());
        assertThat(new IdentitySigner(SECRET).verify(sent.identity(), "DELETE", "/base/users/1")).isTrue();
        assertThat(new IdentitySigner(SECRET).verify(sent.identity(), "DELETE", "/users/1")).isFalse();
        assertThat(new IdentitySigner(SECRET).verify(sent.identity(), "GET", "/base/users/1")).isFalse();
        assertThat(new IdentitySigner(SECRET + "x").verify(sent.identity(), "DELETE", "/base/users/1")).isFalse();
        assertThat(sent.origin().clientAddress()).isEqualTo("203.0.113.7");
        assertThat(sent.query()).isEqualTo("a=b");
    }
}
