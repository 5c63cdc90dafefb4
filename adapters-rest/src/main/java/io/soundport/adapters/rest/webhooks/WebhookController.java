package io.soundport.adapters.rest.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.adapters.rest.webhooks.WebhookRequests.CreateWebhookRequest;
import io.soundport.adapters.rest.webhooks.WebhookRequests.UpdateWebhookRequest;
import io.soundport.adapters.rest.webhooks.WebhookViews.EndpointView;
import io.soundport.adapters.rest.webhooks.WebhookViews.EndpointWithSecretView;
import io.soundport.adapters.rest.webhooks.WebhookViews.EventTypeList;
import io.soundport.adapters.rest.webhooks.WebhookViews.EventTypeView;
import io.soundport.adapters.rest.webhooks.WebhookViews.MessageView;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.webhooks.CreatedEndpoint;
import io.soundport.application.webhooks.EventTypes;
import io.soundport.application.webhooks.WebhookMessageService;
import io.soundport.application.webhooks.WebhookService;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessageId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Webhook endpoints of the caller's organization, their messages and attempts, and the event catalog. */
@Controller(SoundportApi.BASE + "/webhooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "webhooks")
@ApiDocs.Authenticated
public final class WebhookController {
    private final WebhookService webhooks;
    private final WebhookMessageService messages;
    private final Callers callers;
    private final IdempotentRequests idempotent;
    private final ObjectMapper json;
    private final EventTypes eventTypes;

    public WebhookController(WebhookService webhooks, WebhookMessageService messages, Callers callers,
                             IdempotentRequests idempotent, ObjectMapper json, EventTypes eventTypes) {
        this.webhooks = webhooks;
        this.messages = messages;
        this.callers = callers;
        this.idempotent = idempotent;
        this.json = json;
        this.eventTypes = eventTypes;
    }

    @Get("/event-types")
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types to subscribe to, each with an example")
    public EventTypeList eventTypes(HttpRequest<?> request) {
        callers.of(request);
        return new EventTypeList(eventTypes.all().stream().map(EventTypeView::of).toList());
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @Operation(operationId = "createWebhook", summary = "Register an endpoint; the signing secret (whsec_...) is shown once")
    public HttpResponse<EndpointWithSecretView> create(HttpRequest<?> request, @Body CreateWebhookRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            CreatedEndpoint created = webhooks.create(caller, body.command(webhooks.urlCheck()));
            WebhookEndpoint e = created.endpoint();
            return Etags.written(HttpResponse.created(EndpointWithSecretView.of(e, created.secret()),
                    URI.create(SoundportApi.BASE + "/webhooks/" + e.id())), e.version());
        });
    }

    @Get
    @Operation(operationId = "listWebhooks", summary = "Endpoints, newest first")
    public ListResponse<EndpointView> list(HttpRequest<?> request, @Nullable @QueryValue Integer limit,
                                           @Nullable @QueryValue String cursor) {
        return ListResponse.of(webhooks.list(callers.of(request), PageRequest.of(limit, cursor)), EndpointView::of);
    }

    @Get("/{id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getWebhook", summary = "One endpoint (never its secret)")
    public HttpResponse<EndpointView> get(HttpRequest<?> request, @PathVariable String id) {
        WebhookEndpoint e = webhooks.get(callers.of(request), id(id));
        return Etags.read(request, EndpointView.of(e), e.version());
    }

    @Patch("/{id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @Operation(operationId = "updateWebhook", summary = "Change an endpoint (If-Match honoured); active=true re-enables it")
    public HttpResponse<EndpointView> update(HttpRequest<?> request, @PathVariable String id,
                                             @Body UpdateWebhookRequest body) {
        Caller caller = callers.of(request);
        WebhookEndpoint e = webhooks.update(caller, body.command(id(id), Etags.ifMatch(request), webhooks.urlCheck()));
        return Etags.written(HttpResponse.ok(EndpointView.of(e)), e.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @Operation(operationId = "deleteWebhook",
            summary = "Delete an endpoint; its pending messages are dropped (If-Match honoured)")
    public void delete(HttpRequest<?> request, @PathVariable String id) {
        webhooks.delete(callers.of(request), new DeleteCommand<>(id(id), Etags.ifMatch(request)));
    }

    @Post("/{id}/rotate-secret")
    @ApiDocs.IdempotentAction
    @ApiDocs.NotFound
    @Operation(operationId = "rotateWebhookSecret",
            summary = "A new signing secret, shown once; the old one keeps signing alongside it for 24 hours")
    public HttpResponse<EndpointWithSecretView> rotate(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        // a retried rotation must not rotate twice: the caller would lose the secret it was given
        return idempotent.run(request, caller, null, () -> {
            CreatedEndpoint rotated = webhooks.rotateSecret(caller, id(id));
            return Etags.written(HttpResponse.ok(EndpointWithSecretView.of(rotated.endpoint(), rotated.secret())),
                    rotated.endpoint().version());
        });
    }

    @Post("/{id}/test")
    @Status(HttpStatus.ACCEPTED)
    @ApiDocs.IdempotentAccepted
    @ApiDocs.NotFound
    @Operation(operationId = "testWebhook", summary = "Send a webhook.test event to this endpoint now")
    public HttpResponse<MessageView> test(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, null,
                () -> HttpResponse.<MessageView>accepted().body(view(messages.sendTest(caller, id(id)))));
    }

    @Get("/{id}/messages")
    @ApiDocs.NotFound
    @Operation(operationId = "listWebhookMessages", summary = "What was sent to this endpoint, newest first, with attempts")
    public ListResponse<MessageView> messages(HttpRequest<?> request, @PathVariable String id,
                                              @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        return ListResponse.of(messages.messages(callers.of(request), id(id), PageRequest.of(limit, cursor)), this::view);
    }

    @Get("/{id}/messages/{message_id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getWebhookMessage", summary = "One message with every attempt")
    public MessageView message(HttpRequest<?> request, @PathVariable String id,
                               @PathVariable("message_id") String messageId) {
        return view(messages.message(callers.of(request), id(id), messageId(messageId)));
    }

    @Post("/{id}/messages/{message_id}/replay")
    @Status(HttpStatus.ACCEPTED)
    @ApiDocs.IdempotentAccepted
    @ApiDocs.NotFound
    @Operation(operationId = "replayWebhookMessage", summary = "Send a finished message again, same id and body")
    public HttpResponse<MessageView> replay(HttpRequest<?> request, @PathVariable String id,
                                  @PathVariable("message_id") String messageId) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, null,
                () -> HttpResponse.<MessageView>accepted().body(view(messages.replay(caller, id(id), messageId(messageId)))));
    }

    private MessageView view(WebhookMessage message) {
        try {
            return MessageView.of(message, json.readTree(message.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored webhook body is not JSON: " + message.id(), e);
        }
    }

    private static WebhookEndpointId id(String raw) {
        return PathIds.parse(raw, WebhookEndpointId::of, "Webhook endpoint");
    }

    private static WebhookMessageId messageId(String raw) {
        return PathIds.parse(raw, WebhookMessageId::of, "Webhook message");
    }
}
