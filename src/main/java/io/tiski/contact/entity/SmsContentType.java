package io.tiski.contact.entity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The body formats an SMS service may take, each with its own escaping of the values put into the
 * template: a number or text must never be able to end the JSON string or add a form field.
 */
public enum SmsContentType {
    JSON("application/json") {
        @Override
        String escape(String value) {
            var out = new StringBuilder(value.length() + 16);
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    // The rest of the controls, and the two line separators JavaScript reads as line ends.
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.toString();
        }
    },
    FORM("application/x-www-form-urlencoded") {
        @Override
        String escape(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    };

    public static final String TO = "{to}";
    public static final String TEXT = "{text}";

    private final String mediaType;

    SmsContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<SmsContentType> of(String mediaType) {
        for (var type : values()) {
            if (type.mediaType.equalsIgnoreCase(mediaType == null ? "" : mediaType.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The template with {@value #TO} and {@value #TEXT} replaced by the escaped values. Replaced in
     * one pass, so a text that itself contains "{to}" stays as written.
     */
    public String fill(String template, String to, String text) {
        var out = new StringBuilder(template.length() + text.length() + 32);
        int at = 0;
        while (at < template.length()) {
            if (template.startsWith(TO, at)) {
                out.append(escape(to));
                at += TO.length();
            } else if (template.startsWith(TEXT, at)) {
                out.append(escape(text));
                at += TEXT.length();
            } else {
                out.append(template.charAt(at++));
            }
        }
        return out.toString();
    }

    abstract String escape(String value);
}
