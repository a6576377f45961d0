package io.tiski.desk.boundary;

import io.tiski.conversation.entity.Message;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.ApplicationFailure;
import io.tiski.reply.boundary.RepliesView;
import io.tiski.routing.control.Presences;
import io.tiski.routing.entity.Presence;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Backing bean of desk/index.xhtml: the agent's presence switch and the organisation's time zone (the
 * rest of the desk is live, over the line).
 */
@Named
@ViewScoped
public class DeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Presences presences;

    @Inject
    CurrentStaff caller;

    @Inject
    Organisations organisations;

    private Presence presence;
    private String timeZone;
    private boolean agent;

    @PostConstruct
    void load() {
        presence = presences.of(caller.organisationId(), caller.userId()).getPresence();
        agent = caller.user().hasRole(Role.AGENT);
        timeZone = organisations.find(caller.organisationId()).timeZone().getId();
    }

    /** Stores the presence just chosen; a refusal (e.g. a deactivated account) is shown and the switch set back. */
    public void presenceChanged() {
        try {
            presence = presences.change(caller.organisationId(), caller.userId(), presence).getPresence();
        } catch (ApplicationFailure failure) {
            load(); // the switch shows the presence kept; FacesExceptions shows why
            throw failure;
        }
    }

    public Presence getPresence() {
        return presence;
    }

    public void setPresence(Presence presence) {
        this.presence = presence;
    }

    /** The organisation's time zone: the desk shows every time in it (the browser's own may differ). */
    public String getTimeZone() {
        return timeZone;
    }

    /** The most choices an options menu may offer (the desk's dialog says so and checks it first). */
    public int getMaxOptions() {
        return Message.MAX_OPTIONS;
    }

    public int getMaxOptionLength() {
        return Message.MAX_OPTION_LENGTH;
    }

    /** What the switch offers: a supervisor or admin who is not an agent cannot go online (Presences refuses it). */
    public Presence[] getPresences() {
        return agent ? Presence.values()
                : Arrays.stream(Presence.values()).filter(p -> p != Presence.ONLINE).toArray(Presence[]::new);
    }

    /** The languages an own canned reply's text and versions may be in, named in the page's language. */
    public List<SelectItem> getReplyLanguages() {
        var shownIn = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return StaffUser.LANGUAGES.stream()
                .map(tag -> new SelectItem(tag, RepliesView.languageName(tag, shownIn))).toList();
    }

    /** "Set yourself online to take customers": for an agent who is not online; no one else takes customers. */
    public boolean isOnlineHintShown() {
        return agent && presence != Presence.ONLINE;
    }
}
