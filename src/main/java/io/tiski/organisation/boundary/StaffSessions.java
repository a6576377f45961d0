package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.StaffSignedOut;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A staff member's session ending, by logging out or by running out, is a sign-out: routing sets
 * the agent offline ({@link StaffSignedOut}). One listener for both, so a forgotten desk and a
 * logged-out one look the same to colleagues.
 */
@WebListener
public class StaffSessions implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(StaffSessions.class.getName());

    @Inject
    Event<StaffSignedOut> signedOut;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        CurrentStaff.signedOutOf(event.getSession()).ifPresent(who -> {
            try {
                signedOut.fire(who);
            } catch (RuntimeException e) {
                // The session ends anyway; the agent stays as they were until they choose again.
                LOG.log(Level.WARNING, "Could not set a signed-out agent offline", e);
            }
        });
    }
}
