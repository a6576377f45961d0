package io.tiski.organisation.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start, on a database without organisations and with the demo seed off, issues the setup
 * token and prints it to the server log with the address of the setup page. With the demo seed on
 * the demo makes the first organisation instead, so no token is issued.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstRunAnnouncement {

    private static final Logger LOG = Logger.getLogger(FirstRunAnnouncement.class.getName());

    @Inject
    @ConfigProperty(name = "tiski.demo.seed", defaultValue = "true")
    boolean demoSeed;

    @Inject
    Organisations organisations;

    @Inject
    SetupToken token;

    @PostConstruct
    void announce() {
        if (demoSeed || !organisations.none()) {
            return;
        }
        LOG.warning("Tiski has no organisation yet. Set it up at /setup.xhtml?token=" + token.issue()
                + " (one-time setup token; valid until the setup is done or this server restarts)");
    }
}
