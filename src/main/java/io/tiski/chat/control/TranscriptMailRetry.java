package io.tiski.chat.control;

import io.tiski.platform.FailureLog;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Once a minute, tries again to mail transcripts whose sending failed (a few times at most). */
@Singleton
public class TranscriptMailRetry {

    @Inject
    Transcripts transcripts;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void retry() {
        for (long mailId : transcripts.pending()) {
            try {
                transcripts.send(mailId);
            } catch (RuntimeException e) {
                // One mail that cannot even be tried (its conversation unreadable) must not hold up the rest.
                FailureLog.failed("transcript mail retry", e);
            }
        }
    }
}
