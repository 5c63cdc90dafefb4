package io.soundport.adapters.rest.marketing;

import io.soundport.domain.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;

/** An amount of a campaign (a budget, a spend) as a decimal string in major units, with its currency. */
@Schema(name = "CampaignMoney", description = "An amount as a decimal string in major units with its currency")
public record AmountView(@Schema(example = "250.00") String amount, @Schema(example = "EUR") String currency) {
    /** The amount's view; null for null. */
    public static AmountView of(Money money) {
        return money == null ? null : new AmountView(money.decimal().toPlainString(),
                money.currency().getCurrencyCode());
    }
}
