package io.soundport.application.workflow;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.workflow.Action;

/** Carries out one type of rule action; the workflow engine holds one per {@link Action.Type}. */
public interface WorkflowAction {
    Action.Type type();

    /** Runs the action; returns what it did, or throws a {@link DomainException} saying why it could not. */
    String run(RuleRun run, Action action);
}
