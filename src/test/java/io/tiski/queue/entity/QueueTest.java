package io.tiski.queue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.organisation.entity.Role;
import io.tiski.platform.InvalidInput;
import io.tiski.testsupport.Build;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueTest {

    private final io.tiski.organisation.entity.Organisation org = Build.organisation(1);

    @Test
    void nameIsTrimmedAndNewQueuesStartClosedWithDefaults() {
        var queue = new Queue(org, "  Sales  ", Build.NOW);

        assertThat(queue.getName()).isEqualTo("Sales");
        assertThat(queue.isOpen()).isFalse();
        assertThat(queue.getMaxChatsPerAgent()).isEqualTo(3);
        assertThat(queue.isAttachmentsAllowed()).isFalse();
    }

    @Test
    void blankOrOverlongNamesAreRefused() {
        var queue = new Queue(org, "Sales", Build.NOW);

        assertThatThrownBy(() -> queue.rename(" \t ")).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> queue.rename("x".repeat(81))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> queue.rename(null)).isInstanceOf(InvalidInput.class);
        assertThat(queue.getName()).isEqualTo("Sales");
        queue.rename("x".repeat(80));
        assertThat(queue.getName()).hasSize(80);
    }

    @Test
    void maxChatsPerAgentStaysWithinLimits() {
        var queue = new Queue(org, "Sales", Build.NOW);

        assertThatThrownBy(() -> queue.configure(0, true)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> queue.configure(21, true)).isInstanceOf(InvalidInput.class);
        assertThat(queue.getMaxChatsPerAgent()).isEqualTo(3);
        assertThat(queue.isAttachmentsAllowed()).isFalse();

        queue.configure(20, true);
        assertThat(queue.getMaxChatsPerAgent()).isEqualTo(20);
        assertThat(queue.isAttachmentsAllowed()).isTrue();
    }

    @Test
    void openAndClose() {
        var queue = new Queue(org, "Sales", Build.NOW);

        queue.open();
        assertThat(queue.isOpen()).isTrue();
        queue.close();
        assertThat(queue.isOpen()).isFalse();
    }

    @Test
    void handlersAreActiveAgentsOfTheSameOrganisation() {
        var queue = new Queue(org, "Sales", Build.NOW);
        var agent = Build.agent(org, 10);
        var stranger = Build.agent(Build.organisation(2), 11);
        var adminOnly = Build.user(org, 12, Role.ADMIN);
        var gone = Build.agent(org, 13);
        gone.deactivate();

        assertThatThrownBy(() -> queue.assignHandlers(Set.of(agent, stranger))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> queue.assignHandlers(Set.of(adminOnly))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> queue.assignHandlers(Set.of(gone))).isInstanceOf(InvalidInput.class);
        assertThat(queue.getHandlers()).isEmpty();

        queue.assignHandlers(Set.of(agent));
        assertThat(queue.getHandlers()).containsExactly(agent);
    }
}
