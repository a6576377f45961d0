package io.tiski.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin as browsers send it in the Origin header: scheme, host and a port other than the
 * scheme's default, lower case ({@code https://shop.example}, {@code http://localhost:8080}).
 */
public final class WebOrigin {

    private WebOrigin() {
    }

    /** The origin an admin typed, in the form browsers send; a path, query or other scheme is refused. */
    public static String parse(String typed) {
        String withoutSlash = typed.endsWith("/") ? typed.substring(0, typed.length() - 1) : typed;
        return normalised(withoutSlash)
                .orElseThrow(() -> new InvalidInput("allowedOrigins", "organisation.origins.invalid", typed));
    }

    /**
     * Whether a browser's request comes from a page of the server it is sent to: no Origin (not a
     * browser), or the Origin's host and port are the request's Host (default ports compared as such).
     */
    public static boolean isSameSite(String originHeader, String hostHeader) {
        if (originHeader == null) {
            return true;
        }
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.toLowerCase(Locale.ROOT).replaceFirst(":(80|443)$", "");
        return normalised(originHeader).map(origin -> origin.substring(origin.indexOf("://") + 3))
                .map(host::equals).orElse(false);
    }

    public static Optional<String> normalised(String origin) {
        if (origin == null || origin.length() > 200) {
            return Optional.empty();
        }
        try {
            var uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            int defaultPort = scheme.equals("https") ? 443 : 80;
            String port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
