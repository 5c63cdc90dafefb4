package io.soundport.adapters.rest.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.adapters.rest.workflow.WorkflowViews.ExecutionView;
import io.soundport.adapters.rest.workflow.WorkflowViews.RuleBody;
import io.soundport.adapters.rest.workflow.WorkflowViews.RuleView;
import io.soundport.application.workflow.WorkflowService;
import io.soundport.application.workflow.WorkflowService.RawAction;
import io.soundport.application.workflow.WorkflowService.RawCondition;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Workflow rules (on an event, if conditions hold, run actions) and the record of their runs. */
@Controller(SoundportApi.BASE + "/workflow")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "workflow")
public final class WorkflowController {
    private final WorkflowService workflow;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public WorkflowController(WorkflowService workflow, Callers callers, IdempotentRequests idempotent) {
        this.workflow = workflow;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post("/rules")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createWorkflowRule", summary = "Add a rule: trigger, conditions, actions")
    public HttpResponse<?> create(HttpRequest<?> request, @Body RuleBody body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            WorkflowRule rule = workflow.create(caller, body.name(), body.trigger(), conditions(body.conditions()),
                    actions(body.actions()), body.enabled());
            return Etags.written(HttpResponse.created(RuleView.of(rule),
                    URI.create(SoundportApi.BASE + "/workflow/rules/" + rule.id())), rule.version());
        });
    }

    @Get("/rules")
    @Operation(operationId = "listWorkflowRules", summary = "Rules, newest first")
    public ListResponse<RuleView> list(HttpRequest<?> request, @Nullable @QueryValue Integer limit,
                                       @Nullable @QueryValue String cursor) {
        return ListResponse.of(workflow.list(callers.of(request), PageRequest.of(limit, cursor)), RuleView::of);
    }

    @Get("/rules/{id}")
    @Operation(operationId = "getWorkflowRule", summary = "One rule")
    public HttpResponse<RuleView> get(HttpRequest<?> request, @PathVariable String id) {
        WorkflowRule rule = workflow.get(callers.of(request), ruleId(id));
        return Etags.read(request, RuleView.of(rule), rule.version());
    }

    @Patch("/rules/{id}")
    @Operation(operationId = "updateWorkflowRule", summary = "Change a rule (If-Match honoured)")
    public HttpResponse<RuleView> update(HttpRequest<?> request, @PathVariable String id, @Body RuleBody body) {
        WorkflowRule rule = workflow.update(callers.of(request), ruleId(id), body.name(), body.trigger(),
                body.conditions() == null ? null : conditions(body.conditions()),
                body.actions() == null ? null : actions(body.actions()), body.enabled(), Etags.ifMatch(request));
        return Etags.written(HttpResponse.ok(RuleView.of(rule)), rule.version());
    }

    @Delete("/rules/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteWorkflowRule", summary = "Delete a rule")
    public void delete(HttpRequest<?> request, @PathVariable String id) {
        workflow.delete(callers.of(request), ruleId(id));
    }

    @Get("/executions")
    @Operation(operationId = "listWorkflowExecutions", summary = "Runs of rules, newest first; filters rule_id, status")
    public ListResponse<ExecutionView> executions(HttpRequest<?> request, @Nullable @QueryValue("rule_id") String ruleId,
                                                  @Nullable @QueryValue String status, @Nullable @QueryValue Integer limit,
                                                  @Nullable @QueryValue String cursor) {
        Caller caller = callers.of(request);
        Validation v = new Validation();
        WorkflowRuleId rule = ruleId == null || ruleId.isBlank() ? null : v.field("rule_id", () -> WorkflowRuleId.of(ruleId));
        WorkflowExecution.Status s = status == null || status.isBlank() ? null : v.field("status", () -> parseStatus(status));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return ListResponse.of(workflow.executions(caller, rule, s, page), ExecutionView::of);
    }

    @Get("/executions/{id}")
    @Operation(operationId = "getWorkflowExecution", summary = "One run with each action's outcome")
    public ExecutionView execution(HttpRequest<?> request, @PathVariable String id) {
        return ExecutionView.of(workflow.execution(callers.of(request),
                PathIds.parse(id, WorkflowExecutionId::of, "Workflow execution")));
    }

    private static List<RawCondition> conditions(List<WorkflowViews.ConditionBody> raw) {
        return raw == null ? null : raw.stream()
                .map(c -> c == null ? null : new RawCondition(c.field(), c.op(), c.value())).toList();
    }

    private static List<RawAction> actions(List<Map<String, Object>> raw) {
        return raw == null ? null : raw.stream().map(a -> {
            if (a == null) {
                return null;
            }
            Map<String, Object> params = new LinkedHashMap<>(a);
            Object type = params.remove("type");
            return new RawAction(type == null ? null : type.toString(), params);
        }).toList();
    }

    private static WorkflowExecution.Status parseStatus(String status) {
        try {
            return WorkflowExecution.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("status", "must be SUCCEEDED, PARTIAL, FAILED or SKIPPED");
        }
    }

    private static WorkflowRuleId ruleId(String raw) {
        return PathIds.parse(raw, WorkflowRuleId::of, "Workflow rule");
    }
}
