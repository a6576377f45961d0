package io.tiski.routing.boundary;

/**
 * A customer's "start chat": which queue, a start key the widget keeps for retries, optional details
 * (the page the chat starts on, the page that led there, and a phone number and e-mail address the
 * customer chose to give, by which the desk finds their contact card).
 */
public record StartChatJson(Long queueId, String startKey, String name, String language, String page,
                            String referrer, String phone, String email, String challenge, String proof) {
}
