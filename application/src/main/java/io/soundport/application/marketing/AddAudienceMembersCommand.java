package io.soundport.application.marketing;

import io.soundport.application.integrations.AddAudienceUsersCommand;
import io.soundport.application.integrations.AddAudienceUsersCommand.Person;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.AudienceMember;

import java.util.List;
import java.util.Objects;

/**
 * People to add to a custom audience, each by e-mail, phone (international form) or both, at most
 * {@value #MAX_PEOPLE} at once. {@link #of} hashes them at once with Meta's normalization (as
 * {@link AddAudienceUsersCommand#hashed} does for {@code /meta}): this command, and everything after it, holds only
 * the hashes.
 */
public record AddAudienceMembersCommand(AudienceId id, List<AudienceMember> members) {
    public static final int MAX_PEOPLE = AdsPlatform.MAX_USERS_PER_REQUEST;

    public AddAudienceMembersCommand {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
    }

    /** Errors name {@code people}, {@code people[i].email} and {@code people[i].phone}, never quoting a value. */
    public static AddAudienceMembersCommand of(AudienceId id, List<Person> people) {
        return new AddAudienceMembersCommand(id, AddAudienceUsersCommand.hashed(people, "people", MAX_PEOPLE).stream()
                .map(c -> new AudienceMember(c.email(), c.phone())).toList());
    }
}
