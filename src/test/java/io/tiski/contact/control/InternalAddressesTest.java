package io.tiski.contact.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1",
            "fd00::1", "fe80::1", "224.0.0.1"})
    void theServersOwnNetworksAreInternal(String address) throws UnknownHostException {
        assertThat(InternalAddresses.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "193.166.3.2", "172.32.0.1", "2001:4860:4860::8888"})
    void publicAddressesAreNot(String address) throws UnknownHostException {
        assertThat(InternalAddresses.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void aHostNameIsJudgedByWhatItResolvesTo(String host) throws UnknownHostException {
        assertThat(InternalAddresses.isInternal(host)).isTrue();
    }
}
