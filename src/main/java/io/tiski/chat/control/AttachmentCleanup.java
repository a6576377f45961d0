package io.tiski.chat.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every hour, removes files that were uploaded but never sent (the widget or desk closed before the
 * message went out). Safe on every server at once: a row is deleted once, its file after that.
 */
@Singleton
public class AttachmentCleanup {

    @Inject
    Attachments attachments;

    @Inject
    FileStore files;

    @Schedule(hour = "*", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        attachments.removeUnclaimed().forEach(files::delete);
    }
}
