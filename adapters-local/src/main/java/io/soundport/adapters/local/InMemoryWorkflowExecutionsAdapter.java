package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionFilter;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowExecutions;

import java.util.Optional;

final class InMemoryWorkflowExecutionsAdapter implements WorkflowExecutions {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<WorkflowExecutionId, WorkflowExecution> rows;

    InMemoryWorkflowExecutionsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(WorkflowExecution execution) {
        transactions.write(() -> {
            if (rows.contains(execution.id())) {
                throw DomainException.conflict("A workflow execution with this id already exists", "id");
            }
            rows.put(execution.id(), execution);
            return null;
        });
    }

    @Override
    public Optional<WorkflowExecution> find(OrganizationId organizationId, WorkflowExecutionId id) {
        return rows.get(id).filter(e -> e.organizationId().equals(organizationId));
    }

    @Override
    public Page<WorkflowExecution> list(OrganizationId organizationId, WorkflowExecutionFilter filter,
                                        PageRequest page) {
        return KeysetPages.page(rows.rows().filter(e -> e.organizationId().equals(organizationId)
                        && filter.matches(e)),
                e -> new Cursor(e.createdAt(), e.id().value()), page);
    }
}
