package io.soundport.application.integrations;

import io.soundport.domain.integrations.ads.AudienceId;
import io.soundport.domain.integrations.ads.CustomerHash;
import io.soundport.domain.integrations.ads.HashedContact;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Add people to a custom audience, each by e-mail, phone (international form) or both. {@link #of} hashes them at
 * once with Meta's normalization ({@link CustomerHash}): this command holds only the hashes, so what is logged or
 * kept of it can hold no address. At most {@value #MAX_PEOPLE} people at once.
 */
public record AddAudienceUsersCommand(AudienceId audience, List<HashedContact> people) {
    public static final int MAX_PEOPLE = 50_000;

    public AddAudienceUsersCommand {
        Objects.requireNonNull(audience, "audience");
        people = List.copyOf(people);
    }

    /** One person as given. Its text never shows the values. */
    public record Person(String email, String phone) {
        @Override
        public String toString() {
            return "Person[email=" + (email == null ? "null" : "***") + ", phone=" + (phone == null ? "null" : "***")
                    + "]";
        }
    }

    public static AddAudienceUsersCommand of(String audienceId, List<Person> people) {
        Validation v = new Validation();
        AudienceId audience = v.field("audienceId", () -> AudienceId.of(audienceId));
        List<HashedContact> hashed = v.nested("", () -> hashed(people, "users", MAX_PEOPLE));
        v.throwIfInvalid();
        return new AddAudienceUsersCommand(audience, hashed);
    }

    /**
     * The people, each hashed with Meta's normalization; every invalid one is reported at once as
     * {@code <field>[i].email} or {@code .phone} (never quoting the value), and {@code field} itself when there are
     * none or more than {@code max}.
     */
    public static List<HashedContact> hashed(List<Person> people, String field, int max) {
        Validation v = new Validation();
        List<HashedContact> hashed = new ArrayList<>();
        if (people == null || people.isEmpty() || people.size() > max) {
            throw DomainException.invalid(field, "must hold 1 to " + max + " people");
        }
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            String at = field + "[" + i + "]";
            if (person == null || blank(person.email()) && blank(person.phone())) {
                v.require(false, at + ".email", "give an e-mail, a phone or both");
                continue;
            }
            var email = blank(person.email()) ? null
                    : v.field(at + ".email", () -> CustomerHash.email(person.email(), "email"));
            var phone = blank(person.phone()) ? null
                    : v.field(at + ".phone", () -> CustomerHash.phone(person.phone(), "phone"));
            if (email != null || phone != null) {
                hashed.add(new HashedContact(email, phone));
            }
        }
        v.throwIfInvalid();
        return hashed;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
