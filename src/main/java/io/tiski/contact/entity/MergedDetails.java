package io.tiski.contact.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a card keeps when a duplicate is merged into it: its own non-empty fields, the duplicate's
 * where it has none. E-mails and phones fill free slots (with their labels); one the survivor
 * already has is not repeated; one that finds no free slot is given back in {@link #leftOver} (as
 * "label: value"), and so is any other field of the duplicate that differs from the survivor's own
 * (as "field: value"), so it can be kept in a note instead of being lost.
 */
public record MergedDetails(ContactDetails details, List<String> leftOver) {

    /** A value with its label, as one slot holds it. */
    private record Slot(String value, String label) {
    }

    public static MergedDetails of(ContactDetails survivor, ContactDetails merged) {
        var leftOver = new ArrayList<String>();
        var emails = slots(List.of(new Slot(survivor.email1(), survivor.email1Label()),
                        new Slot(survivor.email2(), survivor.email2Label())),
                List.of(new Slot(merged.email1(), merged.email1Label()), new Slot(merged.email2(), merged.email2Label())),
                ContactKey::emailKey, leftOver);
        var phones = slots(List.of(new Slot(survivor.phone1(), survivor.phone1Label()),
                        new Slot(survivor.phone2(), survivor.phone2Label())),
                List.of(new Slot(merged.phone1(), merged.phone1Label()), new Slot(merged.phone2(), merged.phone2Label())),
                UnaryOperator.identity(), leftOver);
        var details = new ContactDetails(
                either("firstName", survivor.firstName(), merged.firstName(), leftOver),
                either("lastName", survivor.lastName(), merged.lastName(), leftOver),
                either("workingTitle", survivor.workingTitle(), merged.workingTitle(), leftOver),
                either("organisation", survivor.organisation(), merged.organisation(), leftOver),
                either("department", survivor.department(), merged.department(), leftOver),
                either("streetName", survivor.streetName(), merged.streetName(), leftOver),
                either("streetNumber", survivor.streetNumber(), merged.streetNumber(), leftOver),
                either("zipCode", survivor.zipCode(), merged.zipCode(), leftOver),
                either("zipLocation", survivor.zipLocation(), merged.zipLocation(), leftOver),
                emails.get(0).value(), emails.get(0).label(), emails.get(1).value(), emails.get(1).label(),
                phones.get(0).value(), phones.get(0).label(), phones.get(1).value(), phones.get(1).label());
        return new MergedDetails(details, List.copyOf(leftOver));
    }

    private static String either(String field, String own, String other, List<String> leftOver) {
        if (own != null && other != null && !own.equalsIgnoreCase(other)) {
            leftOver.add(field + ": " + other);
        }
        return own != null ? own : other;
    }

    /** The survivor's two slots after taking the other's values that it lacks into its free ones. */
    private static List<Slot> slots(List<Slot> own, List<Slot> other, UnaryOperator<String> key,
                                    List<String> leftOver) {
        var result = new ArrayList<>(own);
        for (var candidate : other) {
            if (candidate.value() == null || result.stream()
                    .anyMatch(s -> s.value() != null && Objects.equals(key.apply(s.value()), key.apply(candidate.value())))) {
                continue;
            }
            int free = -1;
            for (int i = 0; i < result.size() && free < 0; i++) {
                if (result.get(i).value() == null) {
                    free = i;
                }
            }
            if (free >= 0) {
                result.set(free, candidate);
            } else {
                leftOver.add(candidate.label() == null ? candidate.value() : candidate.label() + ": " + candidate.value());
            }
        }
        return result;
    }
}
