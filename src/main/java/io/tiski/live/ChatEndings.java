package io.tiski.live;

import io.tiski.chat.control.Signal;
import io.tiski.conversation.entity.Conversation;
import io.tiski.routing.control.ConversationEnded;
import io.tiski.routing.control.ConversationHandedOn;
import io.tiski.routing.control.Handovers;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Tells both sides at once that a conversation ended, once the end is committed; and the agent who
 * handed a conversation on that it is no longer theirs, once the transfer is committed.
 */
@ApplicationScoped
public class ChatEndings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Handovers handovers;

    // Heard by the lines once the change is committed (LiveEvents).
    @Inject
    Event<Signal> signals;

    // Early among the observers: the invited agents are still in the conversation to be told.
    void ended(@Observes @Priority(Interceptor.Priority.APPLICATION - 100) ConversationEnded event) {
        var conversation = em.find(Conversation.class, event.conversationId());
        var signal = new Signal(conversation.getId(), handovers.staffIn(conversation), true,
                ChatSignalJson.ended(conversation.getId()));
        signals.fire(signal);
    }

    void handedOn(@Observes ConversationHandedOn event) {
        var signal = new Signal(event.conversationId(), List.of(event.previousAgentId()), false,
                HandedOnJson.of(event.conversationId(), event.newAgentName()));
        signals.fire(signal);
    }
}
