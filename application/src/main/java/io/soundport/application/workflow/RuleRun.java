package io.soundport.application.workflow;

import io.soundport.domain.catalog.Release;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.workflow.WorkflowRule;

import java.util.Map;
import java.util.Optional;

/**
 * One rule running on one event: what its actions may use.
 *
 * @param release the release the event is about, when it names one
 * @param facts   what conditions and placeholders read: the event's data, and the release's under {@code release}
 * @param depth   the workflow depth of the events the actions cause
 */
public record RuleRun(OrganizationId organizationId, WorkflowRule rule, PublishedEvent event, Optional<Release> release,
                      Map<String, Object> facts, int depth) {
}
