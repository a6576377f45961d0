package io.tiski.live;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The client address of a customer's chat line, for the limits per address. A WebSocket session does
 * not tell it, and the handshake request only shows headers; the servlet request does, and the
 * container runs the handshake (and with it {@link Configurator#modifyHandshake}) on the thread that
 * runs {@link CustomerSocketFilter}. So the filter holds the address for its thread while the
 * handshake runs, and the configurator writes it into the new session's own properties (a copy per
 * session since WebSocket 2.1). Behind a reverse proxy the address is the one the proxy reports,
 * if the server trusts it (TISKI_TRUSTED_PROXIES in server.xml); otherwise the proxy's own.
 */
final class ClientAddress {

    private static final String KEY = "tiski.clientAddress";
    /** Lines whose address is not known share one: they are limited together rather than not at all. */
    static final String UNKNOWN = "unknown";
    private static final ThreadLocal<String> HANDSHAKING = new ThreadLocal<>();

    private ClientAddress() {
    }

    /** Called by the filter around the handshake, with the request's (proxy-resolved) remote address. */
    static void handshaking(String address) {
        if (address == null) {
            HANDSHAKING.remove();
        } else {
            HANDSHAKING.set(address);
        }
    }

    static String of(Session session) {
        var properties = session.getUserProperties();
        return properties != null && properties.get(KEY) instanceof String address ? address : UNKNOWN;
    }

    /** The customer line's configurator: the endpoint itself is still made by the container (and CDI). */
    public static final class Configurator extends ServerEndpointConfig.Configurator {

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            String address = HANDSHAKING.get();
            config.getUserProperties().put(KEY, address == null ? UNKNOWN : address);
            super.modifyHandshake(config, request, response);
        }
    }
}
