package io.tiski.live;

import io.tiski.platform.FailureLog;
import io.tiski.routing.control.WaitingLine;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Every 20 seconds, counts the waiting customers whose lines this server holds as present, so the
 * silence rule ({@link WaitingLine#abandonSilent}, 60 s) ends only those whose widget holds no line
 * to any server: one UPDATE per server and tick (per thousand lines), not one write per customer
 * and poll. A line also notes the time when it says hello and when it closes
 * ({@link CustomerChatSocket}).
 */
@Singleton
public class CustomerLineHeartbeat {

    // Bounds the length of one statement's id list.
    private static final int IDS_PER_UPDATE = 1000;

    @Inject
    CustomerLines customers;

    @Inject
    WaitingLine line;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void beat() {
        List<Long> held = new ArrayList<>(customers.conversations());
        try {
            for (int from = 0; from < held.size(); from += IDS_PER_UPDATE) {
                line.customersPresent(held.subList(from, Math.min(held.size(), from + IDS_PER_UPDATE)));
            }
        } catch (RuntimeException e) {
            // The database away for a moment: the next tick, well within the grace period, tries again.
            FailureLog.failed("customer line heartbeat", e);
        }
    }
}
