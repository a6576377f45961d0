package io.tiski.routing.boundary;

/**
 * A customer's "start chat": which queue, a start key the widget keeps for retries, optional details
 * (the page the chat starts on, and the page that led there).
 */
public record StartChatJson(Long queueId, String startKey, String name, String language, String page,
                            String referrer) {
}
