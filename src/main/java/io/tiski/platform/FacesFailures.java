package io.tiski.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;

/**
 * Messages of Faces pages: an application failure next to its field when the posted form has an
 * input of that name, otherwise at the top of the form; and "done" notices. Backing beans throw
 * their failures: {@link FacesExceptions} shows them, the one way Faces boundaries report failures.
 */
public final class FacesFailures {

    private FacesFailures() {
    }

    /** @param form the form posted, whose inputs are named after the failure's field names, or {@code null} */
    static void show(ApplicationFailure failure, UIForm form) {
        for (var each : InvalidFields.each(failure)) {
            showOne(each, form);
        }
    }

    private static void showOne(ApplicationFailure failure, UIForm form) {
        var faces = FacesContext.getCurrentInstance();
        String text = UiText.of(faces.getViewRoot().getLocale(), failure);
        String clientId = null;
        if (failure.field() != null && form != null) {
            var input = form.findComponent(failure.field());
            if (input != null) {
                clientId = input.getClientId(faces);
            }
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public static void info(String key, Object... arguments) {
        var faces = FacesContext.getCurrentInstance();
        String text = UiText.get(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
