package io.soundport.sdk;

import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.WorkflowExecution;
import io.soundport.sdk.model.WorkflowRule;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.WorkflowExecutionListParams;
import io.soundport.sdk.param.WorkflowRuleCreateParams;
import io.soundport.sdk.param.WorkflowRuleUpdateParams;

import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * Workflow rules of the caller's organization (on an event, when conditions hold, run actions such as delivering the
 * release to partners) and the record of their runs. Managing rules needs an OWNER or ADMIN, or an API key with the
 * {@code admin} scope; every member reads them. Reached through {@link SoundportClient#workflow()}.
 * <p>Reading needs the {@code read} scope (or any role); creating, changing and deleting rules need the
 * {@code admin} scope or the ADMIN role. Every method may also throw the exceptions the
 * {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class WorkflowService {
    private final Transport transport;

    WorkflowService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Adds a rule.
     *
     * @param params the name, trigger, conditions and actions
     * @return the rule added
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     */
    public WorkflowRule createRule(WorkflowRuleCreateParams params) {
        return createRule(params, RequestOptions.none());
    }

    /**
     * Adds a rule.
     *
     * @param params  the name, trigger, conditions and actions
     * @param options an idempotency key, a deadline
     * @return the rule added
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     */
    public WorkflowRule createRule(WorkflowRuleCreateParams params, RequestOptions options) {
        return transport.send(Call.post("workflow", "rules").body(params).options(options), WorkflowRule.class);
    }

    /**
     * Reads one rule.
     *
     * @param id the rule's id
     * @return the rule
     * @throws NotFoundException when the organization has no workflow rule with this id
     */
    public WorkflowRule retrieveRule(String id) {
        return retrieveRule(id, RequestOptions.none());
    }

    /**
     * Reads one rule.
     *
     * @param id      the rule's id
     * @param options a deadline
     * @return the rule
     * @throws NotFoundException when the organization has no workflow rule with this id
     */
    public WorkflowRule retrieveRule(String id, RequestOptions options) {
        return transport.send(Call.get("workflow", "rules", id).options(options), WorkflowRule.class);
    }

    /**
     * Changes a rule; conditions and actions given replace the current ones as a whole.
     *
     * @param id     the rule's id
     * @param params the fields to change
     * @return the rule as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no workflow rule with this id
     */
    public WorkflowRule updateRule(String id, WorkflowRuleUpdateParams params) {
        return updateRule(id, params, RequestOptions.none());
    }

    /**
     * Changes a rule; conditions and actions given replace the current ones as a whole.
     *
     * @param id      the rule's id
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the rule as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no workflow rule with this id
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public WorkflowRule updateRule(String id, WorkflowRuleUpdateParams params, RequestOptions options) {
        return transport.send(Call.patch("workflow", "rules", id).conditional().body(params).options(options),
                WorkflowRule.class);
    }

    /**
     * Deletes a rule; the record of its runs stays.
     *
     * @param id the rule's id
     * @throws NotFoundException when the organization has no workflow rule with this id
     */
    public void deleteRule(String id) {
        deleteRule(id, RequestOptions.none());
    }

    /**
     * Deletes a rule; the record of its runs stays.
     *
     * @param id      the rule's id
     * @param options a deadline, and the version to delete ({@code ifMatch}): a stale one fails with
     *                {@code PreconditionFailedException} and deletes nothing
     * @throws NotFoundException when the organization has no workflow rule with this id
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public void deleteRule(String id, RequestOptions options) {
        transport.send(Call.delete("workflow", "rules", id).conditional().options(options), Void.class);
    }

    /**
     * The first page of the rules, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WorkflowRule> listRules() {
        return listRules(ListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of the rules, newest first.
     *
     * @param params limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WorkflowRule> listRules(ListParams params) {
        return listRules(params, RequestOptions.none());
    }

    /**
     * A page of the rules, newest first.
     *
     * @param params  limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WorkflowRule> listRules(ListParams params, RequestOptions options) {
        return transport.list(Call.get("workflow", "rules").query(params).options(options), WorkflowRule.class);
    }

    /**
     * The first page of all runs of rules, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WorkflowExecution> listExecutions() {
        return listExecutions(WorkflowExecutionListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of runs of rules, newest first.
     *
     * @param params filters (rule, status, release), limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WorkflowExecution> listExecutions(WorkflowExecutionListParams params) {
        return listExecutions(params, RequestOptions.none());
    }

    /**
     * A page of runs of rules, newest first.
     *
     * @param params  filters (rule, status, release), limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WorkflowExecution> listExecutions(WorkflowExecutionListParams params, RequestOptions options) {
        return transport.list(Call.get("workflow", "executions").query(params).options(options),
                WorkflowExecution.class);
    }

    /**
     * Reads one run with each action's outcome.
     *
     * @param id the run's id
     * @return the run
     * @throws NotFoundException when the organization has no workflow execution with this id
     */
    public WorkflowExecution retrieveExecution(String id) {
        return retrieveExecution(id, RequestOptions.none());
    }

    /**
     * Reads one run with each action's outcome.
     *
     * @param id      the run's id
     * @param options a deadline
     * @return the run
     * @throws NotFoundException when the organization has no workflow execution with this id
     */
    public WorkflowExecution retrieveExecution(String id, RequestOptions options) {
        return transport.send(Call.get("workflow", "executions", id).options(options), WorkflowExecution.class);
    }

    /**
     * Reads a rule unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the rule's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the rule, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no workflow rule with this id
     */
    public Optional<WorkflowRule> retrieveRuleIfModified(String id, long knownVersion) {
        return retrieveRuleIfModified(id, knownVersion, RequestOptions.none());
    }

    /**
     * Reads a rule unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the rule's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the rule, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no workflow rule with this id
     */
    public Optional<WorkflowRule> retrieveRuleIfModified(String id, long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("workflow", "rules", id).unlessVersion(knownVersion).options(options),
                WorkflowRule.class);
    }
}
