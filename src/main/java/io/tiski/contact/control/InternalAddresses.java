package io.tiski.contact.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Addresses of the server's own networks. An organisation's admin chooses where SMS are posted; if
 * that could be the loopback, a private range or the cloud's metadata address (169.254.169.254),
 * one tenant could probe the servers behind Tiski through the answers the SMS page shows. The
 * operator allows them for a gateway inside their own network with TISKI_SMS_PRIVATE_NETWORKS=true.
 */
final class InternalAddresses {

    private InternalAddresses() {
    }

    /** True when the host is, or resolves to, any address of an internal network. */
    static boolean isInternal(String host) throws UnknownHostException {
        for (var address : InetAddress.getAllByName(host)) {
            if (isInternal(address)) {
                return true;
            }
        }
        return false;
    }

    static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                // IPv6 unique local addresses (fc00::/7), which isSiteLocalAddress does not cover
                || address instanceof Inet6Address && (address.getAddress()[0] & 0xFE) == 0xFC;
    }
}
