package io.soundport.application.marketing;

import io.soundport.application.integrations.AddAudienceUsersCommand.Person;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.AudienceMember;

import java.util.List;
import java.util.Objects;

/**
 * People to remove from a custom audience, given as they were added (e-mail, phone or both; the e-mail is what
 * identifies a person who has one), at most {@value AddAudienceMembersCommand#MAX_PEOPLE} at once. {@link #of} hashes
 * them as {@link AddAudienceMembersCommand#of} does and keeps only their keys.
 */
public record RemoveAudienceMembersCommand(AudienceId id, List<String> keys) {
    public RemoveAudienceMembersCommand {
        Objects.requireNonNull(id, "id");
        keys = List.copyOf(keys);
    }

    /** Errors name {@code people}, {@code people[i].email} and {@code people[i].phone}, never quoting a value. */
    public static RemoveAudienceMembersCommand of(AudienceId id, List<Person> people) {
        return new RemoveAudienceMembersCommand(id, AddAudienceMembersCommand.of(id, people).members().stream()
                .map(AudienceMember::key).toList());
    }
}
