package io.tiski.live;

import io.tiski.chat.control.Signal;
import io.tiski.conversation.control.ConversationAnnotated;
import io.tiski.conversation.entity.Conversation;
import io.tiski.routing.control.Handovers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Tells the staff in a conversation, once committed, that its notes or tags changed, so a
 * colleague's desk on the same chat shows them without reopening it. Customers are never told.
 */
@ApplicationScoped
public class AnnotationSignals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Handovers handovers;

    // Heard by the lines once the change is committed (LiveEvents).
    @Inject
    Event<Signal> signals;

    void annotated(@Observes ConversationAnnotated event) {
        var conversation = em.find(Conversation.class, event.conversationId());
        var signal = new Signal(conversation.getId(), handovers.staffIn(conversation), false,
                ChatSignalJson.annotated(event.what(), conversation.getId()));
        signals.fire(signal);
    }
}
