package io.tiski.chat.boundary;

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
 * {@code tiski.chat.hello-seconds} (10 by default) or is closed (checked every two seconds). Any
 * other first frame closes a line at once ({@link CustomerChatSocket}).
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UngreetedLines {

    // Concurrent: lines open and say hello on many threads at once (the bean takes no lock).
    private final Map<Session, Instant> opened = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tiski.chat.hello-seconds", defaultValue = "10")
    int helloSeconds;

    public void opened(Session session) {
        opened.put(session, clock.instant());
    }

    public void greetedOrGone(Session session) {
        opened.remove(session);
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    public void closeSilent() {
        Instant deadline = clock.instant().minus(Duration.ofSeconds(helloSeconds));
        opened.forEach((session, at) -> {
            if (at.isBefore(deadline)) {
                opened.remove(session);
                ChatFrames.close(session, CloseReason.CloseCodes.VIOLATED_POLICY, "No hello");
            }
        });
    }
}
