package io.soundport.adapters.rest.marketing;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.integrations.AddAudienceUsersCommand.Person;
import io.soundport.application.marketing.AddAudienceMembersCommand;
import io.soundport.application.marketing.CreateAudienceCommand;
import io.soundport.application.marketing.CreateAudienceLookalikeCommand;
import io.soundport.application.marketing.RemoveAudienceMembersCommand;
import io.soundport.application.marketing.SyncAudienceCommand;
import io.soundport.application.marketing.UpdateAudienceCommand;
import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.marketing.AudienceId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** What the audience endpoints take, each with the command it becomes. */
final class AudienceRequests {
    private static final String SOURCE = "where the people come from, Meta's customer_file_source: USER_PROVIDED_ONLY "
            + "(collected from your own customers), PARTNER_PROVIDED_ONLY or BOTH_USER_AND_PARTNER_PROVIDED, any case";
    private static final String COUNTRY = "ISO 3166-1 alpha-2";

    private AudienceRequests() {
    }

    @Schema(name = "AudienceRequest", description = "A new custom audience, without people yet")
    record CreateAudienceRequest(@Schema(description = "at most 200 characters", example = "Ticket buyers") String name,
                                 @Nullable @Schema(description = "at most 500 characters") String description,
                                 @Nullable @Schema(description = SOURCE + "; USER_PROVIDED_ONLY when absent",
                                         implementation = CustomerFileSource.class) String source,
                                 @Nullable @Schema(description = COUNTRY, example = "FR") String country) {
        CreateAudienceCommand command() {
            return CreateAudienceCommand.of(name, description, source, country);
        }
    }

    @Schema(name = "UpdateAudienceRequest", description = "Fields to change; absent fields are kept, \"\" clears the "
            + "description or the country. A lookalike takes no source and keeps its country (409)")
    record UpdateAudienceRequest(@Nullable String name, @Nullable String description,
                                 @Nullable @Schema(description = SOURCE, implementation = CustomerFileSource.class)
                                 String source,
                                 @Nullable @Schema(description = COUNTRY) String country) {
        UpdateAudienceCommand command(AudienceId id, Long expectedVersion) {
            return UpdateAudienceCommand.of(id, name, description, source, country, expectedVersion);
        }
    }

    @Schema(name = "AudienceMembersRequest", description = "People to add to (or remove from) a custom audience, 1 to "
            + "10000, each by e-mail, phone (international form, with its country code) or both: normalized and "
            + "hashed (SHA-256) at once, only the hashes kept; a person is known by their e-mail, else their phone")
    record AudienceMembersRequest(List<AudiencePersonRequest> people) {
        AddAudienceMembersCommand command(AudienceId id) {
            return AddAudienceMembersCommand.of(id, persons());
        }

        RemoveAudienceMembersCommand removal(AudienceId id) {
            return RemoveAudienceMembersCommand.of(id, persons());
        }

        private List<Person> persons() {
            return people == null ? null : people.stream()
                    .map(p -> p == null ? null : new Person(p.email(), p.phone())).toList();
        }
    }

    @Schema(name = "AudiencePerson")
    record AudiencePersonRequest(@Nullable @Schema(example = "fan@example.com") String email,
                                 @Nullable @Schema(example = "+33 6 12 34 56 78") String phone) {
        @Override
        public String toString() {
            return "AudiencePersonRequest[***]";
        }
    }

    @Schema(name = "AudienceLookalikeRequest", description = "A lookalike of this custom audience: the people of a "
            + "country closest to its members")
    record CreateAudienceLookalikeRequest(@Schema(description = COUNTRY, example = "FR") String country,
                                          @Schema(type = "string", example = "0.02", description = "0.01 to 0.20 "
                                                  + "in steps of 0.01: the share of the country's population")
                                          BigDecimal ratio,
                                          @Nullable @Schema(description = "at most 200 characters; by default "
                                                  + "\"Lookalike (FR, 2%) of <origin's name>\"") String name) {
        CreateAudienceLookalikeCommand command(AudienceId origin) {
            return CreateAudienceLookalikeCommand.of(origin, country, ratio, name);
        }
    }

    @Schema(name = "AudienceSyncRequest", description = "Where to push the audience; may be left out once the "
            + "audience has an ad account (its last sync's, or a lookalike's origin's)")
    record SyncAudienceRequest(@Nullable @Schema(description = "the Meta ad account, act_<digits> or the digits",
            example = "act_1000000001") String adAccountId) {
        SyncAudienceCommand command(AudienceId id) {
            return SyncAudienceCommand.of(id, adAccountId);
        }
    }
}
