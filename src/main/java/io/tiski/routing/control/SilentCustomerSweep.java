package io.tiski.routing.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every 15 seconds, ends the wait of customers who went silent (see {@link WaitingLine#abandonSilent}).
 * Not persistent: every server sweeps, which is harmless because the sweep is one conditional update.
 */
@Singleton
public class SilentCustomerSweep {

    private static final Logger LOG = Logger.getLogger(SilentCustomerSweep.class.getName());

    @Inject
    WaitingLine line;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void sweep() {
        int abandoned = line.abandonSilent();
        if (abandoned > 0) {
            LOG.info(() -> abandoned + " silent customers left their queues");
        }
    }
}
