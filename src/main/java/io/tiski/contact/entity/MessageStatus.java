package io.tiski.contact.entity;

/**
 * Where a message sent from a card stands. SENDING only while it is on its way (the row is stored
 * before the mail server or SMS service is called); the others are final.
 */
public enum MessageStatus {
    /** Stored, handed to the mail server or SMS service right now. */
    SENDING,
    /** Accepted by the mail server or the SMS service. */
    SENT,
    /** SMS kept in Tiski only: the organisation has no SMS service set up. */
    RECORDED,
    /** Not accepted; {@code error} says why in plain words. */
    FAILED
}
