package io.tiski.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the test server mails to: GreenMail inside the test JVM, on the port Maven gave
 * the server as MAIL_PORT ({@code -Dtest.smtp.port}, 3025 by default). Register it in a test class
 * with {@code @RegisterExtension static final GreenMailExtension SMTP = Mailbox.smtp();}.
 */
public final class Mailbox {

    private Mailbox() {
    }

    public static GreenMailExtension smtp() {
        return new GreenMailExtension(
                new ServerSetup(Integer.getInteger("tiski.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }
}
