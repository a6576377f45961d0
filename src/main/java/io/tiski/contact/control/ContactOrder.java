package io.tiski.contact.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders the admin list sorts cards in. Each has an index starting with the organisation (see
 * V21 and V24), so a page is read in order rather than sorted; the id last keeps ties in one order,
 * so paging neither repeats nor skips a card.
 */
public enum ContactOrder {

    LAST_NAME("lastName", "c.lastName", "c.firstName"),
    FIRST_NAME("firstName", "c.firstName", "c.lastName"),
    ORGANISATION("organisation", "c.organisationName"),
    EMAIL("email1", "c.email1"),
    UPDATED("updatedAt", "c.updatedAt");

    private final String field;
    private final String[] paths;

    ContactOrder(String field, String... paths) {
        this.field = field;
        this.paths = paths;
    }

    /** The REST field name the order is by, e.g. {@code lastName}. */
    public String field() {
        return field;
    }

    public static Optional<ContactOrder> byField(String field) {
        return Arrays.stream(values()).filter(order -> order.field.equals(field)).findFirst();
    }

    String columns(boolean descending) {
        String direction = descending ? " desc" : " asc";
        var columns = new StringBuilder();
        for (String path : paths) {
            columns.append(path).append(direction).append(", ");
        }
        return columns.append("c.id").append(direction).toString();
    }
}
