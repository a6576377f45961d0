package io.tiski.queue.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Once a minute, tries again to mail offline messages whose sending failed (a few times at most). */
@Singleton
public class OfflineMailRetry {

    private static final Logger LOG = Logger.getLogger(OfflineMailRetry.class.getName());

    @Inject
    OfflineMessages messages;

    @Inject
    OfflineMessageMailer mailer;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retry() {
        for (long messageId : messages.unsent()) {
            try {
                mailer.send(messageId);
            } catch (RuntimeException e) {
                // One message that cannot even be tried must not hold up the rest.
                LOG.log(Level.WARNING, "Offline message " + messageId + " could not be tried", e);
            }
        }
    }
}
