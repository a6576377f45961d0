package io.tiski.chat.control;

import io.tiski.conversation.entity.Conversation;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.UiText;
import io.tiski.routing.control.ConversationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Writes what happened to a conversation into its chat ("Aino joined the conversation"), in the
 * transaction that made it happen, so the chat and the routing state never disagree; the live
 * lines hear it once that transaction commits. The text is in the customer's language (they read it too).
 */
@ApplicationScoped
public class SystemMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    MessageWriter writer;

    void happened(@Observes ConversationEvent event) {
        var conversation = em.find(Conversation.class, event.conversationId());
        var locale = conversation.getCustomerLanguage() == null ? Locale.ENGLISH
                : Locale.forLanguageTag(conversation.getCustomerLanguage());
        String who = event.userId() == null ? null : em.find(StaffUser.class, event.userId()).getDisplayName();
        String text = UiText.get(locale, "chat.system." + event.kind().name(), who, event.detail());
        writer.postSystem(conversation, text, event.userId());
    }
}
