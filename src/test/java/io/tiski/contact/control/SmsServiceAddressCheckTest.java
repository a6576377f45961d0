package io.tiski.contact.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.platform.InvalidInput;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/**
 * The SMS service's address is checked on save as each send checks it: a host name that resolves
 * where a send would be refused is refused next to the URL field (before, only IP literals were).
 */
class SmsServiceAddressCheckTest {

    @Test
    void aNameThatResolvesToAReservedAddressIsRefusedOnSave() throws Exception {
        var reserved = resolverAnswering(InetAddress.getByName("198.18.0.1"), true);

        assertThatThrownBy(() -> SmsGateways.requireReachable("https://sms.test/send", reserved))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("url");
                    assertThat(e.messageKey()).isEqualTo("sms.url.reserved");
                });
    }

    @Test
    void aNameInTheServersOwnNetworkIsRefusedUnlessAllowed() throws Exception {
        var loopback = InetAddress.getLoopbackAddress();

        assertThatThrownBy(() -> SmsGateways.requireReachable("https://sms.test/send", resolverAnswering(loopback, false)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("sms.url.ownNetwork"));
        assertThatCode(() -> SmsGateways.requireReachable("https://sms.test/send", resolverAnswering(loopback, true)))
                .doesNotThrowAnyException();
    }

    @Test
    void aNameNotFoundYetIsLetThroughAndLiteralsAreJudgedAsBefore() {
        var nothing = new CheckedDnsResolver(false, host -> {
            if (host.equals("sms.test")) {
                throw new UnknownHostException(host);
            }
            return InetAddress.getAllByName(host);
        });

        assertThatCode(() -> SmsGateways.requireReachable("https://sms.test/send", nothing)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SmsGateways.requireReachable("http://[2001:db8::5]/sms", nothing))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("sms.url.reserved"));
        assertThatThrownBy(() -> SmsGateways.requireReachable("http://10.0.0.7/sms", nothing))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("sms.url.ownNetwork"));
    }

    private static CheckedDnsResolver resolverAnswering(InetAddress address, boolean ownNetworksAllowed) {
        return new CheckedDnsResolver(ownNetworksAllowed, host -> new InetAddress[] {address});
    }
}
