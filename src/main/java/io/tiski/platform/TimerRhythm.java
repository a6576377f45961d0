package io.tiski.platform;

import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;

/**
 * Keeps every timer on its schedule through a database outage. A timer callback that throws gets
 * the container's one immediate retry and then its next run only after the retry interval (Liberty:
 * 300 s, CNTR0333W): an offer sweep due every 2 s would leave offers past their expiry for minutes.
 * So no callback throws: a failure is logged ({@link FailureLog}, once per interval and kind) and
 * the next scheduled run simply tries again. Bound to every enterprise bean of the application as
 * a default interceptor in {@code WEB-INF/ejb-jar.xml}, so a new timer needs nothing of its own;
 * it only takes part in timeouts, not in business calls. Every timer runs without a container
 * transaction (NOT_SUPPORTED), so a failure swallowed here leaves no transaction marked for rollback.
 */
public class TimerRhythm {

    @AroundTimeout
    public Object keepRhythm(InvocationContext timeout) {
        try {
            return timeout.proceed();
        } catch (Exception | LinkageError failure) {
            var method = timeout.getMethod();
            FailureLog.failed("timer " + method.getDeclaringClass().getSimpleName() + "." + method.getName(), failure);
            return null;
        }
    }
}
