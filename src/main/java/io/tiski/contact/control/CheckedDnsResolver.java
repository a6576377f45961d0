package io.tiski.contact.control;

import io.tiski.contact.control.SpecialPurposeAddresses.Reach;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Looks up an SMS service's host once per connection and answers its addresses only when every one
 * of them may be reached (see {@link SpecialPurposeAddresses}); the HTTP client then connects to
 * exactly those addresses. Checking a name and letting the client look it up again would let a
 * name server answer a public address to the check and a private one to the connection (DNS
 * rebinding). TLS still verifies the certificate against the host name, and SNI names it.
 */
final class CheckedDnsResolver implements DnsResolver {

    /** How a host name becomes addresses: the JDK's resolver, or a fixed answer in a test. */
    @FunctionalInterface
    interface NameLookup {
        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    /**
     * The host has an address the SMS service may not be at. An UnknownHostException because a
     * DnsResolver may throw only that: for the HTTP client the host has no address it may use.
     */
    static final class RefusedAddress extends UnknownHostException {

        private static final long serialVersionUID = 1L;

        private final transient Reach reach;

        RefusedAddress(String host, InetAddress address, Reach reach) {
            super(host + " has the address " + address.getHostAddress() + " (" + reach + ")");
            this.reach = reach;
        }

        Reach reach() {
            return reach;
        }
    }

    private final boolean ownNetworksAllowed;
    private final NameLookup lookup;

    CheckedDnsResolver(boolean ownNetworksAllowed, NameLookup lookup) {
        this.ownNetworksAllowed = ownNetworksAllowed;
        this.lookup = lookup;
    }

    CheckedDnsResolver(boolean ownNetworksAllowed) {
        this(ownNetworksAllowed, InetAddress::getAllByName);
    }

    /** All the host's addresses, or none: one that may not be reached refuses the host. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        var addresses = lookup.addresses(host);
        for (var address : addresses) {
            var reach = SpecialPurposeAddresses.reach(address);
            if (!reach.allowed(ownNetworksAllowed)) {
                throw new RefusedAddress(host, address, reach);
            }
        }
        return addresses;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
    }

    /** The name as given: a second lookup (for a canonical name) is what this class exists to avoid. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
