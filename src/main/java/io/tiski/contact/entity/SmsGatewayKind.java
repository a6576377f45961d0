package io.tiski.contact.entity;

/** Where an organisation's SMS go. */
public enum SmsGatewayKind {
    /** Nowhere: kept in the card's history only (status RECORDED). The default. */
    RECORDING,
    /** Posted to the organisation's SMS service over HTTP. */
    HTTP
}
