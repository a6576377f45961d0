package io.tiski.queue.control;

/** A customer left a message in a closed queue (fired inside the storing transaction). */
public record OfflineMessageLeft(long messageId) {
}
