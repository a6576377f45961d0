package io.tiski.contact.entity;

/** What became of one send: its final status and, when it failed, why (in plain words). */
public record Delivery(MessageStatus status, String error) {

    public static Delivery sent() {
        return new Delivery(MessageStatus.SENT, null);
    }

    public static Delivery recorded() {
        return new Delivery(MessageStatus.RECORDED, null);
    }

    public static Delivery failed(String reason) {
        return new Delivery(MessageStatus.FAILED, reason);
    }
}
