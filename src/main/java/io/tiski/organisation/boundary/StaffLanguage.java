package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentStaff;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * The language of a page: the one the signed-in staff member chose (account/settings.xhtml), else
 * the browser's as Faces picks it among the supported ones. Chosen here, where Faces asks for a new
 * view's locale, so every page, bundle text and formatted date follows it.
 */
public class StaffLanguage extends ViewHandlerWrapper {

    public StaffLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getUserPrincipal() != null) {
            var caller = CDI.current().select(CurrentStaff.class).get();
            if (caller.isSignedIn()) {
                var chosen = caller.user().getLanguage();
                if (chosen.isPresent()) {
                    return chosen.get();
                }
            }
        }
        return super.calculateLocale(context);
    }
}
