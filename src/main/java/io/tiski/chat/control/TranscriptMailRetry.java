package io.tiski.chat.control;

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
        transcripts.pending().forEach(transcripts::send);
    }
}
