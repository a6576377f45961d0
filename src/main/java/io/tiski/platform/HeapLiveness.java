package io.tiski.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the heap is nearly exhausted: a server in that state no longer serves chats
 * and is better restarted by the orchestrator than left to limp. Anyone may ask (orchestrators ask
 * without a login), so the answer says only UP or DOWN; the figures go to the server's log.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    private static final double MAX_USED_FRACTION = 0.95;
    private static final Logger LOG = Logger.getLogger(HeapLiveness.class.getName());

    @Override
    public HealthCheckResponse call() {
        var runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double usedFraction = (double) used / runtime.maxMemory();
        boolean alive = usedFraction < MAX_USED_FRACTION;
        if (!alive) {
            LOG.warning(() -> "Heap nearly exhausted: " + used + " of " + runtime.maxMemory() + " bytes used");
        }
        return HealthCheckResponse.named("heap").status(alive).build();
    }
}
