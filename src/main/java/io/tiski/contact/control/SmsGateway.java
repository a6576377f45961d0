package io.tiski.contact.control;

import io.tiski.contact.entity.Delivery;

/**
 * Sends one SMS. Called outside any transaction (it may wait on the network); answers the outcome
 * rather than throwing, so the message's history records a failure as it records a success.
 */
public interface SmsGateway {

    /** @param to the number in E.164 */
    Delivery send(String to, String text);
}
