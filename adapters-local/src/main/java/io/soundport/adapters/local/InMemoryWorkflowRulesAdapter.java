package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;
import io.soundport.domain.workflow.WorkflowRules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryWorkflowRulesAdapter implements WorkflowRules {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<WorkflowRuleId, WorkflowRule> rows;

    InMemoryWorkflowRulesAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(WorkflowRule rule) {
        transactions.write(() -> {
            if (rows.contains(rule.id())) {
                throw DomainException.conflict("A workflow rule with this id already exists", "id");
            }
            rows.put(rule.id(), rule);
            return null;
        });
    }

    @Override
    public Optional<WorkflowRule> find(OrganizationId organizationId, WorkflowRuleId id) {
        return rows.get(id).filter(r -> r.organizationId().equals(organizationId));
    }

    @Override
    public WorkflowRule update(WorkflowRule r) {
        return transactions.write(() -> {
            WorkflowRule current = find(r.organizationId(), r.id())
                    .orElseThrow(() -> DomainException.notFound("Workflow rule", r.id().value()));
            if (current.version() != r.version()) {
                throw DomainException.staleVersion("Workflow rule", r.id().value());
            }
            WorkflowRule stored = new WorkflowRule(r.id(), r.organizationId(), r.name(), r.trigger(), r.conditions(),
                    r.actions(), r.enabled(), current.createdAt(), r.updatedAt(), r.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, WorkflowRuleId id) {
        return transactions.write(() -> find(organizationId, id).isPresent() && rows.remove(id));
    }

    @Override
    public Page<WorkflowRule> list(OrganizationId organizationId, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(r -> r.organizationId().equals(organizationId)),
                r -> new Cursor(r.createdAt(), r.id().value()), page);
    }

    @Override
    public List<WorkflowRule> triggeredBy(OrganizationId organizationId, String eventType) {
        return rows.rows()
                .filter(r -> r.organizationId().equals(organizationId) && r.enabled()
                        && r.trigger().equals(eventType))
                .sorted(Comparator.comparing(WorkflowRule::createdAt).thenComparing(r -> r.id().value()))
                .toList();
    }
}
