package io.tiski.live;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import io.tiski.platform.FailureLog;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Tiski servers of one installation as one cluster, for the live line only: a Hazelcast member
 * embedded in each server, and one topic on which every {@link Broadcast} reaches every other
 * server. This server's own lines get it directly, never through the cluster, so they hear every
 * change even while the cluster is away. The database stays the source of truth: a broadcast that
 * is lost (a member leaving, the network away) costs latency, never data, because every line
 * catches up by sequence number and {@link AgentLineSweep} repairs inboxes and queue boards.
 * <p>
 * Alone (no {@code tiski.live.members}), the member joins nobody and listens on 127.0.0.1 only: a
 * single server needs no other process. With members, it joins them over TCP (no multicast) on
 * {@code tiski.live.interface}, which must be a private network: Hazelcast's open-source member
 * protocol has no authentication of its own.
 */
@ApplicationScoped
public class LiveCluster {

    static final String TOPIC = "tiski-live";
    private static final Logger LOG = Logger.getLogger(LiveCluster.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @ConfigProperty(name = "tiski.live.members")
    Optional<String> members;

    @Inject
    @ConfigProperty(name = "tiski.live.port", defaultValue = "5701")
    int port;

    @Inject
    @ConfigProperty(name = "tiski.live.interface", defaultValue = "127.0.0.1")
    String networkInterface;

    @Inject
    @ConfigProperty(name = "tiski.live.cluster", defaultValue = "tiski")
    String clusterName;

    @Inject
    LiveDelivery delivery;

    // Written under the lock of joinUnlessRunning, read by every publishing thread.
    private volatile HazelcastInstance member;
    private volatile ITopic<String> topic;

    /** Joins (or forms) the cluster as the application starts, before any line can open. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        joinUnlessRunning();
    }

    /**
     * Joins again when this server's member has stopped (it left after a fault, or was stopped):
     * meanwhile this server's lines heard everything, the others' missed what happened here.
     * Called by {@link AgentLineSweep}, whose first run may come before the application's start.
     */
    public void rejoinIfStopped() {
        boolean hadJoined = member != null;
        if (joinUnlessRunning() && hadJoined) {
            LOG.warning("The live line's cluster member had stopped; it joined again");
        }
    }

    private synchronized boolean joinUnlessRunning() {
        if (member != null && member.getLifecycleService().isRunning()) {
            return false;
        }
        member = Hazelcast.newHazelcastInstance(config());
        topic = member.getTopic(TOPIC);
        topic.addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                delivery.received(JSON.fromJson(message.getMessageObject(), Broadcast.class));
            }
        });
        LOG.info(() -> "Live line cluster '" + clusterName + "': " + member.getCluster().getMembers().size()
                + " server(s), this one at " + member.getCluster().getLocalMember().getAddress());
        return true;
    }

    /** To this server's lines, then to every other server's. Never throws: the sender's change is committed. */
    public void publish(Broadcast broadcast) {
        try {
            delivery.received(broadcast);
        } catch (RuntimeException e) {
            FailureLog.failed("live delivery", e);
        }
        var joined = topic;
        if (joined == null) {
            // A change committed while the application starts, before the member joined: the other
            // servers' sweeps repair it.
            return;
        }
        try {
            joined.publish(JSON.toJson(broadcast));
        } catch (RuntimeException e) {
            FailureLog.failed("live broadcast", e);
        }
    }

    /** How many servers are in the cluster now (this one included); 0 while this server's member is stopped. */
    public int servers() {
        return member.getLifecycleService().isRunning() ? member.getCluster().getMembers().size() : 0;
    }

    /** Stops this server's member as a fault would (tests of the cluster's outage); {@link #rejoinIfStopped} brings it back. */
    public void leave() {
        member.getLifecycleService().terminate();
    }

    @PreDestroy
    void stop() {
        if (member != null) {
            member.shutdown();
        }
    }

    private Config config() {
        var config = new Config();
        // Unique per start: a restarted server is a new member, never mistaken for its old self.
        config.setInstanceName("tiski-live-" + UUID.randomUUID());
        config.setClusterName(clusterName);
        config.setClassLoader(LiveCluster.class.getClassLoader());
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // Its load report every 20 s would fill the log of a busy server; Liberty's own figures serve.
        config.setProperty("hazelcast.health.monitoring.level", "OFF");
        // A member that finds nobody forms its cluster at once; one that starts later joins it. Two
        // that started apart (a partition) merge within seconds, not the default two minutes.
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "5");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "5");
        // A dead server (kill -9) is noticed within seconds; its lines reconnect elsewhere meanwhile.
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
        var network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        var join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        List<String> others = members.map(list -> Arrays.stream(list.split(","))
                .map(String::trim).filter(address -> !address.isEmpty()).toList()).orElse(List.of());
        if (others.isEmpty()) {
            network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        } else {
            network.getInterfaces().setEnabled(true).addInterface(networkInterface);
            join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2).setMembers(others);
        }
        return config;
    }
}
