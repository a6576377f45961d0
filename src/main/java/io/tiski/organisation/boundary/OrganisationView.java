package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.Organisations;
import io.tiski.platform.FacesFailures;
import io.tiski.platform.TimeZoneChoices;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * Backing bean of admin/organisation.xhtml: the organisation's own settings, for now the web sites
 * that may embed its chat widget (one origin per line), whether chats need a challenge, and the time
 * zone the desk and the widget show message times in.
 */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    CurrentStaff caller;

    @Inject
    Clock clock;

    private String name;
    private long id;
    private String allowedOrigins;
    private boolean chatChallenge;
    private String timeZone;
    private List<SelectItem> timeZones;

    @PostConstruct
    void load() {
        var organisation = organisations.find(caller.organisationId());
        id = organisation.getId();
        name = organisation.getName();
        allowedOrigins = String.join("\n", organisation.getAllowedOrigins());
        chatChallenge = organisation.challengesChats();
        timeZone = organisation.timeZone().getId();
        timeZones = TimeZoneChoices.of(FacesContext.getCurrentInstance().getViewRoot().getLocale(), clock.instant(),
                timeZone);
    }

    public void save() {
        var lines = allowedOrigins == null ? List.<String>of() : List.of(allowedOrigins.split("\\R"));
        var saved = organisations.configure(caller.organisationId(), lines, chatChallenge, timeZone);
        allowedOrigins = String.join("\n", saved.getAllowedOrigins());
        FacesFailures.info("organisation.saved");
    }

    public String getName() {
        return name;
    }

    public long getId() {
        return id;
    }

    public String getAllowedOrigins() {
        return allowedOrigins;
    }

    public void setAllowedOrigins(String allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<SelectItem> getTimeZones() {
        return timeZones;
    }

    public boolean isChatChallenge() {
        return chatChallenge;
    }

    public void setChatChallenge(boolean chatChallenge) {
        this.chatChallenge = chatChallenge;
    }
}
