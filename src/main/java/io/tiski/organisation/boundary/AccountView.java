package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.organisation.entity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** Backing bean of account/settings.xhtml: the signed-in staff member's own settings. */
@Named
@RequestScoped
public class AccountView {

    @Inject
    CurrentStaff caller;

    @Inject
    StaffDirectory staff;

    private String language;

    @PostConstruct
    void load() {
        language = caller.user().getLanguage().map(Locale::toLanguageTag).orElse("");
    }

    /** Saves, then shows the page anew: the next request is the first in the language just chosen. */
    public String save() {
        staff.chooseLanguage(caller.organisationId(), caller.userId(), language);
        return "/account/settings?faces-redirect=true&saved=true";
    }

    public List<String> getLanguages() {
        return StaffUser.LANGUAGES;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
