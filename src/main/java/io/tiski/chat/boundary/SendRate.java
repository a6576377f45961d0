package io.tiski.chat.boundary;

/**
 * How fast one connection may send messages: a token bucket of {@value #BURST} messages, refilled at
 * {@value #PER_SECOND} a second. A flooding sender is refused (its client retries with the same
 * client id, so nothing is lost) while everyone else goes on. One per connection; not shared.
 */
final class SendRate {

    static final int BURST = 20;
    static final double PER_SECOND = 5;

    private double tokens = BURST;
    private long lastNanos = System.nanoTime();

    synchronized boolean tryTake() {
        long now = System.nanoTime();
        tokens = Math.min(BURST, tokens + (now - lastNanos) / 1e9 * PER_SECOND);
        lastNanos = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
