package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.ErrorDetail;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.WorkflowAction;
import io.soundport.sdk.model.WorkflowActionOutcome;
import io.soundport.sdk.model.WorkflowCondition;
import io.soundport.sdk.model.WorkflowExecution;
import io.soundport.sdk.model.WorkflowExecutionStatus;
import io.soundport.sdk.model.WorkflowRule;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.WorkflowExecutionListParams;
import io.soundport.sdk.param.WorkflowRuleCreateParams;
import io.soundport.sdk.param.WorkflowRuleUpdateParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.workflow()} against WireMock: the requests it sends and how it reads the server's answers. */
class WorkflowServiceTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String RULES = "/api/v1/workflow/rules";
    private static final String RULE = "/api/v1/workflow/rules/wfr_1";
    private static final String EXECUTIONS = "/api/v1/workflow/executions";

    private SoundportClient client() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("sk_test_key").readTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    @Test
    void create_rule_sends_conditions_and_flat_actions_and_reads_them_back() {
        api.stubFor(post(RULES).willReturn(okJson(Fixtures.workflowRule("wfr_1")).withStatus(201)));

        WorkflowRule rule = client().workflow().createRule(WorkflowRuleCreateParams.builder()
                .name("Deliver synthwave").trigger("release.submitted")
                .conditions(WorkflowCondition.eq("release.genre", "Synthwave"),
                        WorkflowCondition.gt("release.track_count", 1),
                        WorkflowCondition.contains("release.territories", "US"))
                .actions(WorkflowAction.deliver(List.of("ptn_1", "ptn_2")),
                        WorkflowAction.notify("email", "ops@example.com", "{{release.title}} is out", null))
                .build());

        api.verify(postRequestedFor(urlEqualTo(RULES)).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"name":"Deliver synthwave","trigger":"release.submitted",
                         "conditions":[{"field":"release.genre","op":"eq","value":"Synthwave"},
                           {"field":"release.track_count","op":"gt","value":1},
                           {"field":"release.territories","op":"contains","value":"US"}],
                         "actions":[{"type":"deliver","partner_ids":["ptn_1","ptn_2"]},
                           {"type":"notify","channel":"email","to":"ops@example.com",
                            "subject":"{{release.title}} is out"}]}
                        """)));
        assertThat(rule.id()).isEqualTo("wfr_1");
        assertThat(rule.trigger()).isEqualTo(Event.Type.RELEASE_SUBMITTED);
        assertThat(rule.enabled()).isTrue();
        assertThat(rule.conditions()).containsExactly(WorkflowCondition.eq("release.genre", "Synthwave"),
                WorkflowCondition.gt("release.track_count", 1),
                WorkflowCondition.contains("release.territories", "US"));
        assertThat(rule.actions()).hasSize(2);
        WorkflowAction deliver = rule.actions().get(0);
        assertThat(deliver.type()).isEqualTo("deliver");
        assertThat(deliver.params()).containsOnlyKeys("partner_ids");
        assertThat(deliver.params().get("partner_ids")).isEqualTo(List.of("ptn_1", "ptn_2"));
        assertThat(rule.actions().get(1)).isEqualTo(WorkflowAction.of("notify", Map.of("channel", "email",
                "to", "ops@example.com", "subject", "{{release.title}} is out")));
        assertThat(rule.version()).isEqualTo(1);
    }

    @Test
    void actions_without_params_and_with_nested_params_round_trip() {
        api.stubFor(post(RULES).willReturn(okJson("""
                {"id":"wfr_2","name":"Tell the CMS","trigger":"release.delivered","conditions":[],
                 "actions":[{"type":"deliver"},{"type":"webhook","data":{"source":"rule","tags":["a","b"],"n":2}},
                   {"type":"set_status","status":"TAKEDOWN_REQUESTED"}],
                 "enabled":false,"created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T10:00:00Z",
                 "version":1}
                """).withStatus(201)));

        WorkflowRule rule = client().workflow().createRule(WorkflowRuleCreateParams.builder().name("Tell the CMS")
                .trigger("release.delivered").enabled(false)
                .actions(WorkflowAction.deliver(),
                        WorkflowAction.webhook(Map.of("source", "rule", "tags", List.of("a", "b"), "n", 2)),
                        WorkflowAction.setStatus("TAKEDOWN_REQUESTED"))
                .build());

        api.verify(postRequestedFor(urlEqualTo(RULES)).withRequestBody(equalToJson("""
                {"name":"Tell the CMS","trigger":"release.delivered","enabled":false,
                 "actions":[{"type":"deliver"},{"type":"webhook","data":{"source":"rule","tags":["a","b"],"n":2}},
                   {"type":"set_status","status":"TAKEDOWN_REQUESTED"}]}
                """)));
        assertThat(rule.conditions()).isEmpty();
        assertThat(rule.enabled()).isFalse();
        assertThat(rule.actions()).containsExactly(WorkflowAction.deliver(),
                WorkflowAction.webhook(Map.of("source", "rule", "tags", List.of("a", "b"), "n", 2)),
                WorkflowAction.setStatus("TAKEDOWN_REQUESTED"));
    }

    @Test
    void params_check_what_is_required() {
        assertThatThrownBy(() -> WorkflowRuleCreateParams.builder().trigger("release.submitted")
                .actions(WorkflowAction.deliver()).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> WorkflowRuleCreateParams.builder().name("x").actions(WorkflowAction.deliver()).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("trigger");
        assertThatThrownBy(() -> WorkflowRuleCreateParams.builder().name("x").trigger("release.submitted").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("actions");
        assertThatThrownBy(() -> WorkflowAction.of("deliver", Map.of("type", "notify")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_400_on_an_action_is_a_validation_exception_naming_the_field() {
        api.stubFor(post(RULES).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("VALIDATION_ERROR", "The request has 1 invalid field",
                        "[{\"field\":\"actions[0].to\",\"message\":\"a notify action needs a recipient\"}]",
                        "req_400"))));

        assertThatThrownBy(() -> client().workflow().createRule(WorkflowRuleCreateParams.builder().name("Notify")
                .trigger("release.submitted").actions(WorkflowAction.of("notify", Map.of("channel", "sms"))).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.details()).containsExactly(
                            new ErrorDetail("actions[0].to", "a notify action needs a recipient"));
                });
        api.verify(1, postRequestedFor(urlEqualTo(RULES)));
    }

    @Test
    void retrieve_update_with_if_match_delete_and_list_rules() {
        api.stubFor(get(RULE).willReturn(okJson(Fixtures.workflowRule("wfr_1"))));
        api.stubFor(patch(urlEqualTo(RULE)).willReturn(okJson(Fixtures.workflowRule("wfr_1"))));
        api.stubFor(delete(RULE).willReturn(aResponse().withStatus(204)));
        api.stubFor(get(urlPathEqualTo(RULES)).willReturn(okJson("""
                {"data":[%s],"has_more":false,"next_cursor":null}
                """.formatted(Fixtures.workflowRule("wfr_1")))));

        WorkflowRule read = client().workflow().retrieveRule("wfr_1");
        client().workflow().updateRule("wfr_1", WorkflowRuleUpdateParams.builder().enabled(false).conditions().build(),
                RequestOptions.builder().ifMatch(read.version()).build());
        client().workflow().deleteRule("wfr_1");
        Page<WorkflowRule> page = client().workflow().listRules(ListParams.builder().limit(10).build());

        assertThat(page.data()).extracting(WorkflowRule::id).containsExactly("wfr_1");
        api.verify(patchRequestedFor(urlEqualTo(RULE)).withHeader("If-Match", equalTo("\"1\""))
                .withRequestBody(equalToJson("""
                        {"conditions":[],"enabled":false}
                        """)));
        api.verify(1, deleteRequestedFor(urlEqualTo(RULE)));
        api.verify(getRequestedFor(urlEqualTo(RULES + "?limit=10")));
    }

    @Test
    void a_stale_update_is_a_precondition_failure_and_a_conflict_stays_a_conflict() {
        api.stubFor(patch(urlEqualTo(RULE)).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("PRECONDITION_FAILED", "Workflow rule wfr_1 is at version 2", "[]", "req_412"))));
        api.stubFor(delete(RULE).willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("CONFLICT", "Workflow rule wfr_1 changed meanwhile", "[]", "req_409"))));

        assertThatThrownBy(() -> client().workflow().updateRule("wfr_1",
                WorkflowRuleUpdateParams.builder().name("x").build(), RequestOptions.builder().ifMatch(1).build()))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> client().workflow().deleteRule("wfr_1"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void executions_are_listed_by_release_and_one_about_no_release_has_none() {
        api.stubFor(get(urlPathEqualTo(EXECUTIONS)).willReturn(okJson("""
                {"data":[%s],"has_more":false,"next_cursor":null}
                """.formatted(Fixtures.workflowExecution("wfx_1", "wfr_1", "SUCCEEDED")))));
        api.stubFor(get(EXECUTIONS + "/wfx_2").willReturn(okJson(Fixtures.workflowExecution("wfx_2", "wfr_1",
                "SUCCEEDED").replace("\"release_id\":\"rel_1\"", "\"release_id\":null"))));

        Page<WorkflowExecution> page = client().workflow().listExecutions(WorkflowExecutionListParams.builder()
                .releaseId("rel_1").build());

        api.verify(getRequestedFor(urlEqualTo(EXECUTIONS + "?release_id=rel_1")));
        assertThat(page.data()).extracting(WorkflowExecution::releaseId).containsExactly("rel_1");
        assertThat(client().workflow().retrieveExecution("wfx_2").releaseId()).isNull();
    }

    @Test
    void executions_are_listed_with_filters_and_read_with_their_outcomes() {
        api.stubFor(get(urlPathEqualTo(EXECUTIONS)).withQueryParam("cursor", absent()).willReturn(okJson("""
                {"data":[%s],"has_more":true,"next_cursor":"cur_2"}
                """.formatted(Fixtures.workflowExecution("wfx_2", "wfr_1", "PARTIAL")))));
        api.stubFor(get(urlPathEqualTo(EXECUTIONS)).withQueryParam("cursor", equalTo("cur_2")).willReturn(okJson("""
                {"data":[%s],"has_more":false,"next_cursor":null}
                """.formatted(Fixtures.workflowExecution("wfx_1", "wfr_1", "PARTIAL")))));
        api.stubFor(get(EXECUTIONS + "/wfx_1").willReturn(okJson(Fixtures.workflowExecution("wfx_1", "wfr_1",
                "PARTIAL"))));

        Page<WorkflowExecution> first = client().workflow().listExecutions(WorkflowExecutionListParams.builder()
                .ruleId("wfr_1").status(WorkflowExecutionStatus.PARTIAL).limit(1).build());
        WorkflowExecution one = client().workflow().retrieveExecution("wfx_1");

        assertThat(first.autoPagingStream().map(WorkflowExecution::id).toList()).containsExactly("wfx_2", "wfx_1");
        api.verify(getRequestedFor(urlEqualTo(EXECUTIONS + "?rule_id=wfr_1&status=PARTIAL&limit=1")));
        api.verify(getRequestedFor(urlEqualTo(EXECUTIONS + "?rule_id=wfr_1&status=PARTIAL&limit=1&cursor=cur_2")));
        assertThat(one.ruleId()).isEqualTo("wfr_1");
        assertThat(one.eventId()).isEqualTo("evt_1");
        assertThat(one.eventType()).isEqualTo(Event.Type.RELEASE_SUBMITTED);
        assertThat(one.status()).isEqualTo(WorkflowExecutionStatus.PARTIAL);
        assertThat(one.depth()).isZero();
        assertThat(one.createdAt()).isEqualTo(Instant.parse("2026-01-05T10:00:02Z"));
        assertThat(one.releaseId()).isEqualTo("rel_1");
        assertThat(one.outcomes()).containsExactly(
                new WorkflowActionOutcome("deliver", true, "queued 2 deliveries"),
                new WorkflowActionOutcome("notify", false, "the notification was refused: bounced"));
    }
}
