package io.tiski.live;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Customer lines that have not said hello yet. A socket nobody says hello on holds a connection and
 * memory for nothing, and could be opened by the thousand: each must say hello within
 * {@code tiski.chat.hello-seconds} (10 by default) or is closed (checked every two seconds), and one
 * client address may hold at most {@code tiski.chat.ungreeted-per-address} (20) of them at a time:
 * one more is closed as it opens (1008 "Too many lines"). A widget says hello as soon as its line
 * is open, so only many customers opening at the very same moment behind one address come near
 * it. Any other first frame closes a line at once ({@link CustomerChatSocket}).
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UngreetedLines {

    private record Ungreeted(Instant at, String address) {
    }

    // Concurrent: lines open and say hello on many threads at once (the bean takes no lock). The
    // counts per address change only with a line entering or leaving {@code opened}, each under the
    // count map's lock for its address, so they never drift and an address at zero is dropped.
    private final Map<Session, Ungreeted> opened = new ConcurrentHashMap<>();
    private final Map<String, Integer> byAddress = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tiski.chat.hello-seconds", defaultValue = "10")
    int helloSeconds;

    @Inject
    @ConfigProperty(name = "tiski.chat.ungreeted-per-address", defaultValue = "20")
    int perAddress;

    /** Starts the line's hello deadline; false (nothing kept) when its address holds its fill of ungreeted lines. */
    public boolean opened(Session session, String address) {
        boolean[] room = new boolean[1];
        byAddress.compute(address, (key, count) -> {
            int lines = count == null ? 0 : count;
            room[0] = lines < perAddress;
            return room[0] ? lines + 1 : count;
        });
        if (room[0]) {
            opened.put(session, new Ungreeted(clock.instant(), address));
        }
        return room[0];
    }

    public void greetedOrGone(Session session) {
        var gone = opened.remove(session);
        if (gone != null) {
            byAddress.computeIfPresent(gone.address(), (key, count) -> count > 1 ? count - 1 : null);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    public void closeSilent() {
        Instant deadline = clock.instant().minus(Duration.ofSeconds(helloSeconds));
        opened.forEach((session, line) -> {
            if (line.at().isBefore(deadline)) {
                greetedOrGone(session);
                ChatFrames.close(session, CloseReason.CloseCodes.VIOLATED_POLICY, "No hello");
            }
        });
    }
}
