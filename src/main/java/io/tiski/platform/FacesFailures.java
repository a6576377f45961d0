package io.tiski.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Shows an application failure in a Faces page: next to its field when the form has one of that
 * name, otherwise at the top of the form. The one way Faces boundaries report failures.
 */
public final class FacesFailures {

    private FacesFailures() {
    }

    /** @param formId id of the form whose fields are named after the failure's field names */
    public static void show(ApplicationFailure failure, String formId) {
        for (var each : InvalidFields.each(failure)) {
            showOne(each, formId);
        }
    }

    private static void showOne(ApplicationFailure failure, String formId) {
        var faces = FacesContext.getCurrentInstance();
        String text = UiText.of(faces.getViewRoot().getLocale(), failure);
        String clientId = null;
        if (failure.field() != null && formId != null) {
            String candidate = formId + ":" + failure.field();
            if (faces.getViewRoot().findComponent(":" + candidate) != null) {
                clientId = candidate;
            }
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /**
     * Runs a change asked for by a button: says it is done ({@code doneKey} with the arguments), or
     * shows its application failure at the top of the form. Either way the caller shows its data afresh.
     */
    public static void attempt(Runnable change, String doneKey, Object... arguments) {
        try {
            change.run();
            info(doneKey, arguments);
        } catch (ApplicationFailure failure) {
            show(failure, null);
        }
    }

    public static void info(String key, Object... arguments) {
        var faces = FacesContext.getCurrentInstance();
        String text = UiText.get(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
