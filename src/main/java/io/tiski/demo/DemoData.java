package io.tiski.demo;

import io.tiski.contact.control.ContactCards;
import io.tiski.contact.entity.ContactDetails;
import io.tiski.organisation.control.FirstRun;
import io.tiski.organisation.control.Operators;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.organisation.entity.InstallationSetup;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.ApplicationFailure;
import io.tiski.queue.control.QueueSettings;
import io.tiski.queue.control.Queues;
import io.tiski.reply.control.CannedReplies;
import io.tiski.reply.entity.ReplyContent;
import io.tiski.reply.entity.ReplyVersion;
import io.tiski.tag.control.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds organisation "Demo" with queues Sales and Support, an admin, two agents, a few canned
 * replies, four tags (one retired) and three contact cards, and a platform operator, when the
 * database has no organisation at all. The demo passwords are documented in the README, so each
 * must be replaced at its first login before anything else opens.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final String ADMIN_PASSWORD = "tiski-demo-admin";
    static final String AGENT_PASSWORD = "tiski-demo-agent";
    static final String OPERATOR_PASSWORD = "tiski-demo-operator";

    @Inject
    @ConfigProperty(name = "tiski.demo.seed", defaultValue = "true")
    boolean enabled;

    @Inject
    Organisations organisations;

    @Inject
    StaffDirectory staff;

    @Inject
    Operators operators;

    @Inject
    FirstRun firstRun;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    Queues queues;

    @Inject
    CannedReplies replies;

    @Inject
    Tags tags;

    @Inject
    ContactCards contacts;

    // Runs in the singleton's container transaction: the demo is seeded whole or not at all.
    @PostConstruct
    void seedIfEmpty() {
        if (!enabled || !organisations.none()) {
            return;
        }
        long org = organisations.create("Demo").getId();
        var admin = staff.create(org, "admin", "Demo Admin", ADMIN_PASSWORD, Set.of(Role.ADMIN, Role.SUPERVISOR));
        var ainoUser = staff.create(org, "aino", "Aino Agent", AGENT_PASSWORD, Set.of(Role.AGENT));
        var bertilUser = staff.create(org, "bertil", "Bertil Agent", AGENT_PASSWORD, Set.of(Role.AGENT));
        var operator = operators.create("operator", OPERATOR_PASSWORD);
        // The passwords are in the README: nobody keeps one past their first login.
        List.of(admin, ainoUser, bertilUser).forEach(StaffUser::requirePasswordChange);
        operator.requirePasswordChange();
        long aino = ainoUser.getId();
        long bertil = bertilUser.getId();
        Long support = null;
        for (String name : List.of("Sales", "Support")) {
            var queue = queues.create(org, name);
            boolean isSupport = name.equals("Support");
            support = isSupport ? queue.getId() : support;
            queues.open(org, queue.getId());
            var settings = QueueSettings.of(queue);
            // Support takes screenshots and files; Sales does not (both settings are seen in the demo).
            queues.update(org, queue.getId(), new QueueSettings(settings.name(), settings.maxChatsPerAgent(),
                    isSupport, settings.routingMode(), settings.offerTimeoutSeconds(),
                    settings.contactEmail(), settings.maxWaiting()), List.of(aino, bertil));
        }
        // In English by default; a Finnish or Swedish customer is greeted in their language.
        replies.createShared(org, null, new ReplyContent("hello", "Greeting",
                "Hi, thanks for contacting us! How can I help you today?", "en", List.of(
                        new ReplyVersion("fi", "Hei, kiitos yhteydenotosta! Miten voin auttaa?"),
                        new ReplyVersion("sv", "Hej, tack för att du kontaktar oss! Hur kan jag hjälpa dig?"))));
        replies.createShared(org, null, new ReplyContent("thanks", "Thanks and goodbye",
                "Thank you for chatting with us. Have a great day!"));
        // Scoped to Support, so the desk shows it in Support conversations only.
        replies.createShared(org, support, new ReplyContent("screenshot", "Ask for a screenshot",
                "Could you send a screenshot of what you see? Use the paperclip button to attach it."));
        tags.create(org, "Billing", "#1e88e5");
        tags.create(org, "Complaint", "#e53935");
        tags.create(org, "Sales lead", "#43a047");
        // A retired tag, so the demo shows one in the admin screen (no longer offered at the desk).
        tags.retire(org, tags.create(org, "Spring campaign", "#fb8c00").getId());
        seedContacts(org, admin);
        // Last, so its row lock is held only for the commit; another server seeding at the same
        // moment loses here and its whole seed rolls back.
        try {
            firstRun.claim(InstallationSetup.By.DEMO_SEED);
        } catch (ApplicationFailure anotherServerSeeded) {
            transaction.setRollbackOnly();
            LOG.info("Another server seeded the Demo organisation at the same time; this seed is rolled back");
            return;
        }
        LOG.info("Seeded the Demo organisation (users admin, aino, bertil; operator operator)");
    }

    /**
     * Three cards, so the desk shows each lookup outcome: a widget customer giving 040 123 4567 finds
     * Anna's verified card; orders@example.com finds two cards to choose from; anything else none.
     */
    private void seedContacts(long org, StaffUser admin) {
        organisations.setContactRules(org, true, "FI");
        contacts.create(admin, new ContactDetails("Anna", "Virtanen", "Buyer", "Acme Oy", "Purchasing",
                "Mannerheimintie", "1 A", "00100", "Helsinki", "anna.virtanen@example.com", "work", null, null,
                "+358 40 123 4567", "mobile", null, null), true);
        contacts.create(admin, new ContactDetails("Bo", "Ek", "Sales manager", "Nordic Trading Ab", null, null, null,
                null, null, "orders@example.com", "shared", null, null, "+46 70 123 45 67", "work", null, null), false);
        contacts.create(admin, new ContactDetails("Cecilia", "Lind", null, "Nordic Trading Ab", "Logistics", null,
                null, null, null, "orders@example.com", "shared", "cecilia.lind@example.com", "own", null, null,
                null, null), false);
    }
}
