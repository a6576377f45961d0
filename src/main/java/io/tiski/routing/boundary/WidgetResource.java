package io.tiski.routing.boundary;

import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.CustomerDetails;
import io.tiski.organisation.control.Organisations;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.NotFound;
import io.tiski.platform.UiText;
import io.tiski.platform.WebOrigin;
import io.tiski.queue.control.OfflineMessages;
import io.tiski.queue.control.Queues;
import io.tiski.queue.entity.OfflineMessage;
import io.tiski.routing.control.ChatChallenges;
import io.tiski.routing.control.CustomerStatuses;
import io.tiski.routing.control.CustomerTokens;
import io.tiski.routing.control.Joined;
import io.tiski.routing.control.StartKeyTaken;
import io.tiski.routing.control.WaitingLine;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * /api/public: what the customer's widget calls, without a login. A customer proves who they are
 * with their conversation token in the Authorization header ("Bearer ..."), never in the URL.
 */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {

    @Inject
    Queues queues;

    @Inject
    WaitingLine line;

    @Inject
    Organisations organisations;

    @Inject
    CustomerStatuses statuses;

    @Inject
    OfflineMessages offlineMessages;

    @Inject
    ChatChallenges challenges;

    @Context
    HttpServletRequest request;

    @GET
    @Path("organisations/{organisationId}/queues")
    public List<PublicQueueJson> queues(@PathParam("organisationId") long organisationId) {
        // A deactivated organisation's widget says so instead of offering queues that start nothing.
        organisations.requireActive(organisationId);
        return queues.list(organisationId).stream()
                .map(queue -> new PublicQueueJson(queue.getId(), queue.getName(), queue.isOpen()))
                .toList();
    }

    /**
     * The challenge to solve before starting a chat, when the organisation asks for one (see
     * {@link ChatChallenges}); 204 when it does not.
     */
    @GET
    @Path("organisations/{organisationId}/challenge")
    public Response challenge(@PathParam("organisationId") long organisationId) {
        organisations.requireActive(organisationId);
        if (!organisations.find(organisationId).challengesChats()) {
            return Response.noContent().build();
        }
        return Response.ok(challenges.issue(organisationId)).build();
    }

    /** Starts a chat (201) or, for a start key already used, answers the same conversation (200). */
    @POST
    @Path("conversations")
    public Response start(StartChatJson start, @HeaderParam(HttpHeaders.USER_AGENT) String browser,
                          @HeaderParam("Origin") String origin, @HeaderParam(HttpHeaders.HOST) String host) {
        if (start == null || start.queueId() == null) {
            throw new InvalidInput("queueId", "routing.queue.required");
        }
        var customer = new CustomerDetails(start.name(), start.language(), browser, start.page(),
                start.referrer(), start.phone(), start.email());
        Joined joined;
        try {
            joined = line.join(start.queueId(), start.startKey(), customer,
                    WebOrigin.isSameSite(origin, host) ? null : origin, request.getRemoteAddr(),
                    new ChatChallenges.Solution(start.challenge(), start.proof()));
        } catch (StartKeyTaken lostRace) {
            // A simultaneous start with the same key won: answer the winner's conversation.
            joined = new Joined(line.started(start.queueId(), start.startKey()).orElseThrow(() -> lostRace), false);
        }
        return Response.status(joined.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(describe(joined.conversation())).build();
    }

    // One transaction: the sign of life and the position are read together. The widget asks once
    // on a new page (before its line is up); its line then brings every change (a status frame).
    @GET
    @Path("conversation")
    @Transactional
    public CustomerConversationJson current(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return describe(line.seenByToken(token(authorization)));
    }

    @DELETE
    @Path("conversation")
    public Response leave(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        line.leave(token(authorization));
        return Response.noContent().build();
    }

    /** A message left while the queue is closed: stored at once, e-mailed to the queue's address after. */
    @POST
    @Path("queues/{queueId}/offline-messages")
    public Response leaveMessage(@PathParam("queueId") long queueId, OfflineMessageJson message) {
        if (message == null) {
            throw new InvalidInput("message", "offline.message.invalid", OfflineMessage.MAX_MESSAGE_LENGTH);
        }
        offlineMessages.leave(queueId, message.name(), message.contact(), message.message(), request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).build();
    }

    /**
     * The widget's texts in the customer's language (keys starting with "widget.", without it), and
     * the names of the languages the customer may choose ("language.fi": "Suomi", ...).
     */
    @GET
    @Path("widget-text")
    public Map<String, String> text(@QueryParam("lang") String language) {
        var locale = language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
        var bundle = ResourceBundle.getBundle(UiText.BUNDLE, locale, UiText.class.getClassLoader());
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("widget.")) {
                texts.put(key.substring("widget.".length()), bundle.getString(key));
            } else if (key.startsWith("language.")) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }

    private CustomerConversationJson describe(Conversation conversation) {
        return CustomerConversationJson.of(conversation.getCustomerToken(), statuses.of(conversation));
    }

    private static String token(String authorization) {
        return CustomerTokens.fromAuthorization(authorization);
    }
}
