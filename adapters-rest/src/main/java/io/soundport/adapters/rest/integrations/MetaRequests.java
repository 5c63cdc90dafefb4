package io.soundport.adapters.rest.integrations;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.integrations.AddAudienceUsersCommand;
import io.soundport.application.integrations.CreateAudienceCommand;
import io.soundport.application.integrations.CreateCampaignCommand;
import io.soundport.application.integrations.CreateLookalikeCommand;
import io.soundport.application.integrations.SendConversionsCommand;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the Meta endpoints take, each with the command it becomes. People's e-mails and phones are hashed by the
 * command at once; the records holding them never print them.
 */
final class MetaRequests {
    private MetaRequests() {
    }

    @Schema(name = "MoneyAmount", description = "An amount in major units of a currency, exact: `{\"amount\": "
            + "\"25.00\", \"currency\": \"EUR\"}` (the amount may also be a JSON number)")
    record MoneyRequest(@Schema(type = "string", example = "25.00") BigDecimal amount,
                        @Schema(description = "ISO 4217", example = "EUR") String currency) {
        CreateCampaignCommand.Budget budget() {
            return new CreateCampaignCommand.Budget(amount, currency);
        }
    }

    @Schema(name = "MetaCampaignRequest", description = "A campaign to create in one of the connection's ad accounts")
    record CreateMetaCampaignRequest(@Schema(example = "act_1000000001") String adAccountId, String name,
                                     @Schema(allowableValues = {"OUTCOME_AWARENESS", "OUTCOME_TRAFFIC",
                                             "OUTCOME_ENGAGEMENT", "OUTCOME_LEADS", "OUTCOME_APP_PROMOTION",
                                             "OUTCOME_SALES"}) String objective,
                                     @Nullable @Schema(allowableValues = {"ACTIVE", "PAUSED"},
                                             description = "PAUSED when absent") String status,
                                     @Nullable @Schema(description = "in the ad account's currency; give this or "
                                             + "lifetime_budget or neither (budgets on the ad sets)")
                                     MoneyRequest dailyBudget,
                                     @Nullable MoneyRequest lifetimeBudget) {
        CreateCampaignCommand command() {
            return CreateCampaignCommand.of(adAccountId, name, objective, status,
                    dailyBudget == null ? null : dailyBudget.budget(),
                    lifetimeBudget == null ? null : lifetimeBudget.budget());
        }
    }

    @Schema(name = "MetaConversionsRequest", description = "Events for one pixel (dataset), 1 to 1000")
    record ConversionsRequest(String pixelId,
                              @Nullable @Schema(description = "from Events Manager's test tab: the events show "
                                      + "there and are not counted") String testEventCode,
                              List<ConversionEventRequest> events) {
        SendConversionsCommand command() {
            return SendConversionsCommand.of(pixelId, testEventCode, events == null ? null
                    : events.stream().map(e -> e == null ? null : e.event()).toList());
        }
    }

    @Schema(name = "MetaConversionEvent")
    record ConversionEventRequest(@Schema(example = "Purchase") String eventName,
                                  @Schema(description = "when it happened, in seconds since 1970-01-01T00:00:00Z, "
                                          + "within the last 7 days") Long eventTime,
                                  @Schema(description = "the same id the pixel sends for this event, so that Meta "
                                          + "counts it once") String eventId,
                                  @Schema(allowableValues = {"website", "app", "email", "phone_call", "chat",
                                          "physical_store", "system_generated", "business_messaging", "other"})
                                  String actionSource,
                                  UserDataRequest userData,
                                  @Nullable CustomDataRequest customData) {
        SendConversionsCommand.Event event() {
            MoneyRequest value = customData == null ? null : customData.value();
            return new SendConversionsCommand.Event(eventName, eventTime, eventId, actionSource,
                    userData == null ? null : userData.userData(),
                    value == null ? null : value.amount(), value == null ? null : value.currency());
        }
    }

    @Schema(name = "MetaUserData", description = "Who converted, as given: Soundport normalizes and hashes (SHA-256) "
            + "every field but client_ip_address, client_user_agent, fbc and fbp before sending, and keeps none. "
            + "A phone must be in international form (+33 6 ...). A website event needs client_user_agent.")
    record UserDataRequest(@Nullable String email, @Nullable String phone, @Nullable String firstName,
                           @Nullable String lastName, @Nullable String city, @Nullable String state,
                           @Nullable String zip, @Nullable @Schema(description = "ISO 3166-1 alpha-2") String country,
                           @Nullable String externalId, @Nullable String clientIpAddress,
                           @Nullable String clientUserAgent, @Nullable String fbc, @Nullable String fbp) {
        SendConversionsCommand.UserData userData() {
            return new SendConversionsCommand.UserData(email, phone, firstName, lastName, city, state, zip, country,
                    externalId, clientIpAddress, clientUserAgent, fbc, fbp);
        }

        @Override
        public String toString() {
            return "UserDataRequest[***]";
        }
    }

    @Schema(name = "MetaCustomData")
    record CustomDataRequest(@Nullable @Schema(description = "what the conversion was worth") MoneyRequest value) {
    }

    @Schema(name = "MetaAudienceRequest", description = "An empty customer-list audience to create")
    record CreateAudienceRequest(String adAccountId, String name, @Nullable String description) {
        CreateAudienceCommand command() {
            return CreateAudienceCommand.of(adAccountId, name, description);
        }
    }

    @Schema(name = "MetaAudienceUsersRequest", description = "People to add, 1 to 50000, each by e-mail, phone "
            + "(international form) or both: hashed (SHA-256 of the normalized value) before they leave Soundport, "
            + "kept nowhere")
    record AddAudienceUsersRequest(List<PersonRequest> users) {
        AddAudienceUsersCommand command(String audienceId) {
            return AddAudienceUsersCommand.of(audienceId, users == null ? null : users.stream()
                    .map(u -> u == null ? null : new AddAudienceUsersCommand.Person(u.email(), u.phone())).toList());
        }
    }

    @Schema(name = "MetaAudiencePerson")
    record PersonRequest(@Nullable String email, @Nullable String phone) {
        @Override
        public String toString() {
            return "PersonRequest[***]";
        }
    }

    @Schema(name = "MetaLookalikeRequest", description = "A lookalike of this audience: the people of a country "
            + "closest to it")
    record CreateLookalikeRequest(String adAccountId, String name,
                                  @Schema(description = "ISO 3166-1 alpha-2", example = "FR") String country,
                                  @Schema(type = "string", example = "0.02",
                                          description = "0.01 to 0.20, the share of the country's population")
                                  BigDecimal ratio) {
        CreateLookalikeCommand command(String originAudienceId) {
            return CreateLookalikeCommand.of(adAccountId, name, originAudienceId, country, ratio);
        }
    }
}
