package io.tiski.contact.boundary;

import io.tiski.contact.control.SmsGateways;
import io.tiski.contact.entity.SmsContentType;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.Organisations;
import io.tiski.platform.FacesFailures;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.PhoneNumbers;
import io.tiski.platform.UiText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Backing bean of admin/messaging.xhtml: how the organisation's SMS leave (kept in Tiski, or its
 * SMS service over HTTP) and a test SMS with the saved settings. The stored password is never put
 * in the page: an empty field keeps it, the checkbox removes it.
 */
@Named
@ViewScoped
public class MessagingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SmsGateways sms;

    @Inject
    Organisations organisations;

    @Inject
    CurrentStaff caller;

    private String gateway;
    private String url;
    private String username;
    private String password;
    private boolean passwordSet;
    private boolean removePassword;
    private String contentType;
    private String bodyTemplate;
    private String testTo;

    @PostConstruct
    void load() {
        var settings = sms.settings(caller.organisationId());
        gateway = settings.getGateway().name();
        url = settings.getUrl();
        username = settings.getUsername();
        passwordSet = settings.isPasswordSet();
        contentType = settings.getContentType().mediaType();
        bodyTemplate = settings.getBodyTemplate();
        password = null;
        removePassword = false;
    }

    public void save() {
        String newPassword = removePassword ? "" : password == null || password.isEmpty() ? null : password;
        sms.change(caller.organisationId(), gateway, url, username, newPassword, contentType, bodyTemplate);
        load();
        FacesFailures.info("messaging.saved");
    }

    /** Sends a test SMS with the saved settings; the outcome is shown, not recorded on any card. */
    public void sendTest() {
        var organisation = organisations.find(caller.organisationId());
        String typed = testTo == null ? "" : testTo.strip();
        String number = PhoneNumbers.e164(typed, organisation.getDefaultCountry())
                .orElseThrow(() -> new InvalidInput("testTo", PhoneNumbers.refusalKey(typed, "contact.phone.invalid"), typed));
        var faces = FacesContext.getCurrentInstance();
        var locale = faces.getViewRoot().getLocale();
        var delivery = sms.gateway(organisation.getId(), locale)
                .send(number, UiText.get(locale, "messaging.test.text", organisation.getName()));
        String text = UiText.get(locale, "messaging.test." + delivery.status().name(),
                delivery.error() == null ? "" : delivery.error());
        var severity = delivery.error() == null ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR;
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    public List<String> getContentTypes() {
        return Arrays.stream(SmsContentType.values()).map(SmsContentType::mediaType).toList();
    }

    public String getGateway() {
        return gateway;
    }

    public void setGateway(String gateway) {
        this.gateway = gateway;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isPasswordSet() {
        return passwordSet;
    }

    public boolean isRemovePassword() {
        return removePassword;
    }

    public void setRemovePassword(boolean removePassword) {
        this.removePassword = removePassword;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public String getBodyTemplate() {
        return bodyTemplate;
    }

    public void setBodyTemplate(String bodyTemplate) {
        this.bodyTemplate = bodyTemplate;
    }

    public String getTestTo() {
        return testTo;
    }

    public void setTestTo(String testTo) {
        this.testTo = testTo;
    }
}
