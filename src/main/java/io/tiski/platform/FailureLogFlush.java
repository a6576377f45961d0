package io.tiski.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Every 10 seconds, writes the counts of failures {@link FailureLog} held back; touches no database. */
@Singleton
public class FailureLogFlush {

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void flush() {
        FailureLog.flush();
    }
}
