package io.tiski.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * An e-mail address cut where a line may break when a column is narrow: before each dot, after a
 * hyphen and after the @, never inside a word. Pages put each part in a span that does not wrap,
 * with a {@code <wbr>} between parts (tables otherwise break an address at any letter).
 */
@Named
@ApplicationScoped
public class AddressBreaks {

    public List<String> of(String address) {
        var parts = new ArrayList<String>();
        if (address == null || address.isEmpty()) {
            return parts;
        }
        var part = new StringBuilder();
        for (char c : address.toCharArray()) {
            if (c == '.' && !part.isEmpty()) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(c);
            if (c == '@' || c == '-') {
                parts.add(part.toString());
                part.setLength(0);
            }
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }
}
