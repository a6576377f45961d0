package io.tiski.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the heap is nearly exhausted: a server in that state no longer serves chats
 * and is better restarted by the orchestrator than left to limp.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    private static final double MAX_USED_FRACTION = 0.95;

    @Override
    public HealthCheckResponse call() {
        var runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double usedFraction = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(usedFraction < MAX_USED_FRACTION)
                .withData("usedBytes", used)
                .withData("maxBytes", runtime.maxMemory())
                .build();
    }
}
