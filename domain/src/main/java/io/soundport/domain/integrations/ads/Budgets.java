package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;

/** A campaign has a daily or a lifetime budget, never both, and a budget is more than nothing. */
final class Budgets {
    private Budgets() {
    }

    static void check(Money daily, Money lifetime) {
        if (daily != null && lifetime != null) {
            throw DomainException.invalid("lifetimeBudget", "a campaign has a daily or a lifetime budget, not both");
        }
        if (daily != null && !daily.isPositive()) {
            throw DomainException.invalid("dailyBudget", "must be more than zero");
        }
        if (lifetime != null && !lifetime.isPositive()) {
            throw DomainException.invalid("lifetimeBudget", "must be more than zero");
        }
    }
}
