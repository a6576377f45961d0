package io.tiski.organisation.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every session starts short-lived: one made before anyone signs in (a request for a protected page
 * remembered for after the login, a failed login) ends after a few idle minutes, so a script that
 * requests pages without signing in cannot keep thousands of sessions alive for a shift. Signing
 * in gives the session the full lifetime of web.xml ({@code CurrentStaff.stampSession}). The login
 * page itself makes no session at all (a stateless view).
 */
@WebListener
public class AnonymousSessions implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "tiski.sessions.anonymous-minutes", defaultValue = "5")
    int anonymousMinutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(anonymousMinutes * 60);
    }
}
