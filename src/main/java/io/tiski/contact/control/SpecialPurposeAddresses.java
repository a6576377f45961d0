package io.tiski.contact.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an organisation's SMS service may be, judged by its IP address. An organisation's admin
 * chooses where SMS are posted; if that could be the loopback, a private range or the cloud's
 * metadata address, one tenant could probe the servers behind Tiski through the answers the SMS
 * page shows. So every address in IANA's special-purpose registries (RFC 6890 and its updates) is
 * refused. The operator may allow the server's own networks (loopback, private ranges, link-local)
 * for a gateway inside their network with TISKI_SMS_PRIVATE_NETWORKS=true; the other special ranges
 * (documentation, benchmarking, carrier-grade NAT, multicast, translation and tunnel prefixes that
 * carry no public address) are refused whatever it says: no SMS service on the internet is there.
 */
final class SpecialPurposeAddresses {

    /** How far from the public internet an address is. */
    enum Reach {
        /** A public unicast address. */
        PUBLIC,
        /** The server's own networks: loopback, private ranges, link-local. */
        OWN_NETWORK,
        /** Special-purpose, never an SMS service on the internet: always refused. */
        RESERVED;

        boolean allowed(boolean ownNetworksAllowed) {
            return this == PUBLIC || this == OWN_NETWORK && ownNetworksAllowed;
        }
    }

    private record Block(byte[] prefix, int bits, Reach reach) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    // First match wins, so a block inside a larger one comes before it.
    private static final List<Block> BLOCKS = List.of(
            // The cloud metadata services (AWS, Azure, GCP, Oracle; AWS over IPv6) hand out the
            // server's credentials: never, even when the private networks are allowed.
            block("169.254.169.254/32", Reach.RESERVED),
            block("fd00:ec2::254/128", Reach.RESERVED),

            block("0.0.0.0/8", Reach.RESERVED),          // "this network"; 0.0.0.0 reaches the server itself
            block("10.0.0.0/8", Reach.OWN_NETWORK),
            block("100.64.0.0/10", Reach.RESERVED),      // shared address space (carrier-grade NAT)
            block("127.0.0.0/8", Reach.OWN_NETWORK),
            block("169.254.0.0/16", Reach.OWN_NETWORK),
            block("172.16.0.0/12", Reach.OWN_NETWORK),
            block("192.0.0.0/24", Reach.RESERVED),       // IETF protocol assignments
            block("192.0.2.0/24", Reach.RESERVED),       // TEST-NET-1
            block("192.88.99.0/24", Reach.RESERVED),     // 6to4 relay anycast (deprecated)
            block("192.168.0.0/16", Reach.OWN_NETWORK),
            block("198.18.0.0/15", Reach.RESERVED),      // benchmarking
            block("198.51.100.0/24", Reach.RESERVED),    // TEST-NET-2
            block("203.0.113.0/24", Reach.RESERVED),     // TEST-NET-3
            block("224.0.0.0/4", Reach.RESERVED),        // multicast
            block("240.0.0.0/4", Reach.RESERVED),        // reserved, and 255.255.255.255 broadcast

            block("::/128", Reach.RESERVED),             // unspecified; reaches the server itself
            block("::1/128", Reach.OWN_NETWORK),
            block("64:ff9b:1::/48", Reach.RESERVED),     // local-use IPv4/IPv6 translation
            block("100::/64", Reach.RESERVED),           // discard-only
            block("2001::/32", Reach.RESERVED),          // Teredo
            block("2001::/23", Reach.RESERVED),          // IETF protocol assignments
            block("2001:db8::/32", Reach.RESERVED),      // documentation
            block("fc00::/7", Reach.OWN_NETWORK),        // unique local
            block("fe80::/10", Reach.OWN_NETWORK),       // link-local
            block("ff00::/8", Reach.RESERVED));          // multicast

    private static final byte[] MAPPED = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    private static final byte[] NAT64 = {0, 0x64, (byte) 0xFF, (byte) 0x9B, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

    private SpecialPurposeAddresses() {
    }

    static Reach reach(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // Addresses that carry an IPv4 address: judged by it. The JDK turns ::ffff:a.b.c.d into
            // an Inet4Address itself, but an address made from bytes may still come this way.
            if (startsWith(bytes, MAPPED)) {
                return reach(v4(bytes, 12));
            }
            // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) lead to the IPv4 address inside: fine when
            // that is public, and never a way into a private network (RFC 6052, RFC 3056).
            if (startsWith(bytes, NAT64)) {
                return reach(v4(bytes, 12)) == Reach.PUBLIC ? Reach.PUBLIC : Reach.RESERVED;
            }
            if (bytes[0] == 0x20 && bytes[1] == 0x02) {
                return reach(v4(bytes, 2)) == Reach.PUBLIC ? Reach.PUBLIC : Reach.RESERVED;
            }
        }
        for (var block : BLOCKS) {
            if (block.contains(bytes)) {
                return block.reach();
            }
        }
        // Unicast IPv6 is allocated from 2000::/3 only; the rest (IPv4-compatible ::a.b.c.d,
        // deprecated site-local fec0::/10 ...) is no SMS service's address.
        if (address instanceof Inet6Address && (bytes[0] & 0xE0) != 0x20) {
            return Reach.RESERVED;
        }
        return Reach.PUBLIC;
    }

    /**
     * The reach of a URL's host when it is an IP address, as the JDK reads it without asking DNS
     * (dotted decimal in any of its short forms, or IPv6 in brackets); empty for a host name.
     */
    static Optional<Reach> literalReach(String host) {
        if (host == null || !(host.startsWith("[") || IPV4_LITERAL.matcher(host).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(reach(InetAddress.getByName(host)));
        } catch (UnknownHostException notAnAddress) {
            // No address at all: such a URL fails when it is used, with nothing to probe.
            return Optional.empty();
        }
    }

    private static InetAddress v4(byte[] bytes, int from) {
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(bytes, from, from + 4));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static Block block(String cidr, Reach reach) {
        String[] parts = cidr.split("/");
        try {
            // Literals only: no name is looked up here.
            return new Block(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]), reach);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
