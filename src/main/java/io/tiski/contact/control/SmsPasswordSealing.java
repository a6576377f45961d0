package io.tiski.contact.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up, after the schema migration, seals the SMS services' passwords that an earlier
 * version stored in plain text (a migration cannot: the key is the server's, not the database's).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class SmsPasswordSealing {

    private static final Logger LOG = Logger.getLogger(SmsPasswordSealing.class.getName());

    @Inject
    SmsGateways sms;

    @PostConstruct
    void sealPlainPasswords() {
        int sealed = sms.sealPlainPasswords();
        if (sealed > 0) {
            LOG.info(() -> sealed + " SMS service passwords stored in plain text are now sealed");
        }
    }
}
