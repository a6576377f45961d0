package io.tiski.contact.entity;

import io.tiski.platform.InvalidInput;
import java.util.Locale;

/** How a message reaches the customer, with the longest text each allows. */
public enum MessageChannel {
    EMAIL(10_000),
    // Ten concatenated SMS parts of 160 GSM characters: what SMS services commonly still deliver as one.
    SMS(1_600);

    private final int maxText;

    MessageChannel(int maxText) {
        this.maxText = maxText;
    }

    public int maxText() {
        return maxText;
    }

    /** The channel named in a request, or an {@link InvalidInput} on field {@code channel}. */
    public static MessageChannel named(String name) {
        String upper = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (var channel : values()) {
            if (channel.name().equals(upper)) {
                return channel;
            }
        }
        throw new InvalidInput("channel", "contact.message.channel.invalid");
    }
}
