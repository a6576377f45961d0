package io.tiski.routing.control;

import io.tiski.platform.FailureLog;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every 15 seconds, ends the wait of customers who went silent (see {@link WaitingLine#abandonSilent}).
 * Not persistent: every server sweeps, which is harmless because the sweep is a conditional update.
 */
@Singleton
public class SilentCustomerSweep {

    private static final Logger LOG = Logger.getLogger(SilentCustomerSweep.class.getName());

    @Inject
    WaitingLine line;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            int abandoned = line.abandonSilent();
            if (abandoned > 0) {
                LOG.info(() -> abandoned + " silent customers left their queues");
            }
        } catch (RuntimeException e) {
            // A lock wait lost to a pick, or no database: nothing was changed, and the next sweep tries again.
            FailureLog.failed("silent customer sweep", e);
        }
    }
}
