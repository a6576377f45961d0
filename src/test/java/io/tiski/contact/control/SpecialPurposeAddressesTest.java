package io.tiski.contact.control;

import static io.tiski.contact.control.SpecialPurposeAddresses.Reach.OWN_NETWORK;
import static io.tiski.contact.control.SpecialPurposeAddresses.Reach.PUBLIC;
import static io.tiski.contact.control.SpecialPurposeAddresses.Reach.RESERVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.contact.control.SpecialPurposeAddresses.Reach;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every special-purpose range, its first and last address, and the public addresses beside it. */
class SpecialPurposeAddressesTest {

    @ParameterizedTest(name = "{0} ({2}) is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0           | RESERVED    | 0/8 this network
            0.255.255.255     | RESERVED    | 0/8 this network
            1.0.0.0           | PUBLIC      | after 0/8
            9.255.255.255     | PUBLIC      | before 10/8
            10.0.0.0          | OWN_NETWORK | 10/8 private
            10.255.255.255    | OWN_NETWORK | 10/8 private
            11.0.0.0          | PUBLIC      | after 10/8
            100.63.255.255    | PUBLIC      | before 100.64/10
            100.64.0.1        | RESERVED    | 100.64/10 carrier-grade NAT
            100.100.100.200   | RESERVED    | 100.64/10 (a cloud's metadata service)
            100.127.255.255   | RESERVED    | 100.64/10 carrier-grade NAT
            100.128.0.0       | PUBLIC      | after 100.64/10
            127.0.0.1         | OWN_NETWORK | 127/8 loopback
            127.255.255.254   | OWN_NETWORK | 127/8 loopback
            169.254.0.1       | OWN_NETWORK | 169.254/16 link-local
            169.254.169.254   | RESERVED    | cloud metadata service
            169.254.255.255   | OWN_NETWORK | 169.254/16 link-local
            172.15.255.255    | PUBLIC      | before 172.16/12
            172.16.0.0        | OWN_NETWORK | 172.16/12 private
            172.31.255.255    | OWN_NETWORK | 172.16/12 private
            172.32.0.0        | PUBLIC      | after 172.16/12
            192.0.0.0         | RESERVED    | 192.0.0/24 IETF protocol assignments
            192.0.0.255       | RESERVED    | 192.0.0/24 IETF protocol assignments
            192.0.1.1         | PUBLIC      | between 192.0.0/24 and 192.0.2/24
            192.0.2.1         | RESERVED    | 192.0.2/24 TEST-NET-1
            192.88.99.1       | RESERVED    | 192.88.99/24 6to4 relay anycast
            192.167.255.255   | PUBLIC      | before 192.168/16
            192.168.0.0       | OWN_NETWORK | 192.168/16 private
            192.168.255.255   | OWN_NETWORK | 192.168/16 private
            192.169.0.0       | PUBLIC      | after 192.168/16
            198.17.255.255    | PUBLIC      | before 198.18/15
            198.18.0.1        | RESERVED    | 198.18/15 benchmarking
            198.19.255.255    | RESERVED    | 198.18/15 benchmarking
            198.20.0.0        | PUBLIC      | after 198.18/15
            198.51.100.7      | RESERVED    | 198.51.100/24 TEST-NET-2
            203.0.113.7       | RESERVED    | 203.0.113/24 TEST-NET-3
            223.255.255.255   | PUBLIC      | before 224/4
            224.0.0.1         | RESERVED    | 224/4 multicast
            239.255.255.255   | RESERVED    | 224/4 multicast
            240.0.0.1         | RESERVED    | 240/4 reserved
            255.255.255.255   | RESERVED    | limited broadcast
            8.8.8.8           | PUBLIC      | public
            193.166.3.2       | PUBLIC      | public
            ::                | RESERVED    | ::/128 unspecified
            ::1               | OWN_NETWORK | ::1/128 loopback
            ::ffff:10.0.0.1   | OWN_NETWORK | ::ffff:0:0/96 mapped private
            ::ffff:198.18.0.1 | RESERVED    | ::ffff:0:0/96 mapped benchmarking
            ::ffff:8.8.8.8    | PUBLIC      | ::ffff:0:0/96 mapped public
            ::7f00:1          | RESERVED    | IPv4-compatible (deprecated, outside 2000::/3)
            64:ff9b::808:808  | PUBLIC      | 64:ff9b::/96 NAT64 of a public address
            64:ff9b::a00:1    | RESERVED    | 64:ff9b::/96 NAT64 of a private address
            64:ff9b::7f00:1   | RESERVED    | 64:ff9b::/96 NAT64 of the loopback
            64:ff9b:1::1      | RESERVED    | 64:ff9b:1::/48 local-use translation
            100::1            | RESERVED    | 100::/64 discard-only
            2001::1           | RESERVED    | 2001::/32 Teredo
            2001:1ff:ffff::1  | RESERVED    | 2001::/23 IETF protocol assignments
            2001:200::1       | PUBLIC      | after 2001::/23
            2001:db8::1       | RESERVED    | 2001:db8::/32 documentation
            2002:808:808::1   | PUBLIC      | 2002::/16 6to4 of a public address
            2002:a00:1::1     | RESERVED    | 2002::/16 6to4 of a private address
            2002:7f00:1::1    | RESERVED    | 2002::/16 6to4 of the loopback
            2002:c612:1::1    | RESERVED    | 2002::/16 6to4 of benchmarking
            fc00::1           | OWN_NETWORK | fc00::/7 unique local
            fdff:ffff::1      | OWN_NETWORK | fc00::/7 unique local
            fd00:ec2::254     | RESERVED    | cloud metadata service over IPv6
            fe80::1           | OWN_NETWORK | fe80::/10 link-local
            febf:ffff::1      | OWN_NETWORK | fe80::/10 link-local
            fec0::1           | RESERVED    | fec0::/10 deprecated site-local
            ff02::1           | RESERVED    | ff00::/8 multicast
            2001:4860:4860::8888 | PUBLIC   | public
            2a00:1450:4010::1 | PUBLIC      | public
            """)
    void everyAddressHasItsReach(String address, Reach reach, String range) throws UnknownHostException {
        assertThat(SpecialPurposeAddresses.reach(InetAddress.getByName(address))).as(range).isEqualTo(reach);
    }

    @Test
    void onlyTheServersOwnNetworksAreLiftedByTheSwitch() {
        assertThat(PUBLIC.allowed(false)).isTrue();
        assertThat(OWN_NETWORK.allowed(false)).isFalse();
        assertThat(OWN_NETWORK.allowed(true)).isTrue();
        assertThat(RESERVED.allowed(true)).isFalse();
    }

    @Test
    void aMappedAddressKeptAsIpv6IsJudgedByItsIpv4Address() throws UnknownHostException {
        // The JDK makes ::ffff:a.b.c.d an Inet4Address when it parses one; made from bytes it stays IPv6.
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 169, (byte) 254, (byte) 169, (byte) 254};
        var address = Inet6Address.getByAddress(null, mapped, -1);
        assertThat(address).isInstanceOf(Inet6Address.class);
        assertThat(SpecialPurposeAddresses.reach(address)).isEqualTo(RESERVED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            198.18.0.1     | RESERVED
            127.1          | OWN_NETWORK
            2130706433     | OWN_NETWORK
            [::1]          | OWN_NETWORK
            [2001:db8::1]  | RESERVED
            8.8.8.8        | PUBLIC
            sms.example    | -
            localhost      | -
            """)
    void aUrlsHostIsJudgedWhenItIsAnAddressAndLeftToTheSendWhenItIsAName(String host, Reach reach) {
        assertThat(SpecialPurposeAddresses.literalReach(host)).isEqualTo(java.util.Optional.ofNullable(reach));
    }
}
