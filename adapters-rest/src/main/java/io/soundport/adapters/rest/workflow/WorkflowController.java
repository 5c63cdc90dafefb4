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
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.adapters.rest.workflow.WorkflowRequests.CreateWorkflowRuleRequest;
import io.soundport.adapters.rest.workflow.WorkflowViews.ExecutionView;
import io.soundport.adapters.rest.workflow.WorkflowViews.RuleView;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.workflow.ListExecutionsQuery;
import io.soundport.application.workflow.WorkflowService;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Workflow rules (on an event, if conditions hold, run actions) and the record of their runs. */
@Controller(SoundportApi.BASE + "/workflow")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "workflow")
@ApiDocs.Authenticated
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
    @ApiDocs.IdempotentCreate
    @Operation(operationId = "createWorkflowRule", summary = "Add a rule: trigger, conditions, actions")
    public HttpResponse<RuleView> create(HttpRequest<?> request, @Body CreateWorkflowRuleRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            WorkflowRule rule = workflow.create(caller, body.command());
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
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getWorkflowRule", summary = "One rule")
    public HttpResponse<RuleView> get(HttpRequest<?> request, @PathVariable String id) {
        WorkflowRule rule = workflow.get(callers.of(request), ruleId(id));
        return Etags.read(request, RuleView.of(rule), rule.version());
    }

    @Patch("/rules/{id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @Operation(operationId = "updateWorkflowRule", summary = "Change a rule (If-Match honoured)")
    public HttpResponse<RuleView> update(HttpRequest<?> request, @PathVariable String id,
                                         @Body CreateWorkflowRuleRequest body) {
        Caller caller = callers.of(request);
        WorkflowRule rule = workflow.update(caller, body.command(ruleId(id), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(RuleView.of(rule)), rule.version());
    }

    @Delete("/rules/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @Operation(operationId = "deleteWorkflowRule", summary = "Delete a rule (If-Match honoured)")
    public void delete(HttpRequest<?> request, @PathVariable String id) {
        workflow.delete(callers.of(request), new DeleteCommand<>(ruleId(id), Etags.ifMatch(request)));
    }

    @Get("/executions")
    @Operation(operationId = "listWorkflowExecutions",
            summary = "Runs of rules, newest first; filters rule_id, status, release_id")
    public ListResponse<ExecutionView> executions(HttpRequest<?> request, @Nullable @QueryValue("rule_id") String ruleId,
                                                  @Nullable @QueryValue String status,
                                                  @Parameter(description = "only the runs triggered by an event about "
                                                          + "this release (rel_...): release.*, delivery.* and track "
                                                          + "events, and workflow.executed of such a run")
                                                  @Nullable @QueryValue("release_id") String releaseId,
                                                  @Nullable @QueryValue Integer limit,
                                                  @Nullable @QueryValue String cursor) {
        Caller caller = callers.of(request);
        ListExecutionsQuery query = ListExecutionsQuery.of(ruleId, status, releaseId, limit, cursor);
        return ListResponse.of(workflow.executions(caller, query), ExecutionView::of);
    }

    @Get("/executions/{id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getWorkflowExecution", summary = "One run with each action's outcome")
    public ExecutionView execution(HttpRequest<?> request, @PathVariable String id) {
        return ExecutionView.of(workflow.execution(callers.of(request),
                PathIds.parse(id, WorkflowExecutionId::of, "Workflow execution")));
    }

    private static WorkflowRuleId ruleId(String raw) {
        return PathIds.parse(raw, WorkflowRuleId::of, "Workflow rule");
    }
}
