package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

import java.util.regex.Pattern;

/**
 * A Meta ad account as the Graph API names it: {@code act_} and the account's digits ({@code act_1223529531023664}).
 * {@link #of(String)} also takes the bare digits, as Meta's Ads Manager shows them.
 */
public record AdAccountId(String value) implements InsightsSubject {
    private static final Pattern ACT = Pattern.compile("^act_[0-9]{1,25}$");

    public AdAccountId {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("adAccountId", "must not be blank");
        }
        value = value.strip();
        if (!ACT.matcher(value).matches()) {
            throw DomainException.invalid("adAccountId", "must be a Meta ad account id such as act_1223529531023664");
        }
    }

    /** {@code act_123} or {@code 123}. */
    public static AdAccountId of(String value) {
        String v = value == null ? null : value.strip();
        return new AdAccountId(v != null && !v.isEmpty() && v.chars().allMatch(Character::isDigit) ? "act_" + v : v);
    }

    /** The digits alone ({@code account_id} in Graph's answers). */
    public String digits() {
        return value.substring(4);
    }

    @Override
    public String graphId() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
