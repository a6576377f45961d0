package io.tiski.queue.control;

import io.tiski.platform.FailureLog;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Once a minute, tries again to mail offline messages whose sending failed (a few times at most). */
@Singleton
public class OfflineMailRetry {

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
                FailureLog.failed("offline message mail retry", e);
            }
        }
    }
}
