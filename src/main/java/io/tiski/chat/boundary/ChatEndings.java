package io.tiski.chat.boundary;

import io.tiski.chat.control.ChatDelivery;
import io.tiski.chat.control.Signal;
import io.tiski.conversation.entity.Conversation;
import io.tiski.platform.AfterCommit;
import io.tiski.routing.control.ConversationEnded;
import io.tiski.routing.control.Handovers;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Tells both sides at once that a conversation ended, once the end is committed. */
@ApplicationScoped
public class ChatEndings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Handovers handovers;

    @Inject
    ChatDelivery delivery;

    @Inject
    AfterCommit afterCommit;

    // Early among the observers: the invited agents are still in the conversation to be told.
    void ended(@Observes @Priority(Interceptor.Priority.APPLICATION - 100) ConversationEnded event) {
        var conversation = em.find(Conversation.class, event.conversationId());
        var signal = new Signal(conversation.getId(), handovers.staffIn(conversation), true,
                ChatSignalJson.ended(conversation.getId()));
        afterCommit.run(() -> delivery.signal(signal));
    }
}
