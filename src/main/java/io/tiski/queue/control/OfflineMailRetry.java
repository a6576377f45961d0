package io.tiski.queue.control;

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
        messages.unsent().forEach(mailer::send);
    }
}
