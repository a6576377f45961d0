package io.tiski.platform;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.primefaces.csp.CspException;

/**
 * The one place Faces pages turn exceptions into what the user sees; backing beans do not catch.
 * <ul>
 * <li>An {@link ApplicationFailure} thrown by an action, a listener or a setter is shown in the
 * user's language next to the field it names in the form that was posted (ajax or not), or at the
 * top of that form ({@link FacesFailures#show}); the page is shown again as posted, with the
 * validation failed, so a dialog stays open and nothing more of the request runs.</li>
 * <li>A postback whose page state cannot be restored is the user's or the caller's mistake, not a
 * server failure: a view state this session does not hold (a page open past its session, a forged
 * or garbled id), a form without the nonce PrimeFaces put in it (a post made outside the page), or
 * any other failure to restore the posted page. It is answered 400 with the "page expired" page in
 * the user's language, nothing of the post is applied, and nothing is logged (a script posting
 * garbage must not fill the log with stack traces).</li>
 * </ul>
 * Anything else goes on to the default handler (the "failed" page, logged). So does a failure
 * while the page is being written, when no message could reach the user any more.
 */
public class FacesExceptions extends ExceptionHandlerFactory {

    private static final String EXPIRED_PAGE = "/error/expired.xhtml";

    public FacesExceptions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                var events = getUnhandledExceptionQueuedEvents().iterator();
                var faces = FacesContext.getCurrentInstance();
                while (events.hasNext()) {
                    ExceptionQueuedEvent event = events.next();
                    var context = event.getContext();
                    ApplicationFailure failure;
                    if (isExpiredView(context.getException()) || context.getPhaseId() == PhaseId.RESTORE_VIEW
                            && context.getContext().isPostback()) {
                        events.remove();
                        showExpiredPage(faces);
                    } else if ((failure = applicationFailure(context.getException())) != null
                            && context.getPhaseId() != PhaseId.RENDER_RESPONSE && !faces.getResponseComplete()) {
                        events.remove();
                        FacesFailures.show(failure, postedForm(faces, faces.getViewRoot()));
                        faces.renderResponse();
                    }
                }
                getWrapped().handle();
            }
        };
    }

    private static boolean isExpiredView(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    // An action's failure reaches here wrapped by EL and Faces (FacesException, ELException, ...).
    private static ApplicationFailure applicationFailure(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApplicationFailure failure) {
                return failure;
            }
            if (!(cause instanceof FacesException || cause instanceof ELException)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The form this request posted: the one whose client id is a request parameter (every h:form
     * sends its own id, with a full post and with PrimeFaces' ajax, whatever it processes), or
     * {@code null} for a request without a form (a view action on a GET).
     */
    private static UIForm postedForm(FacesContext faces, UIComponent component) {
        if (component instanceof UIForm form
                && faces.getExternalContext().getRequestParameterMap().containsKey(form.getClientId(faces))) {
            return form;
        }
        for (var children = component.getFacetsAndChildren(); children.hasNext(); ) {
            var found = postedForm(faces, children.next());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    // Forwarded as a plain GET without the posted fields, not rendered in this request: to Faces
    // and PrimeFaces a postback, whose nonce check would fail the expired page as it failed the post.
    private static void showExpiredPage(FacesContext faces) {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        var withoutThePost = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        };
        try {
            request.getRequestDispatcher(EXPIRED_PAGE).forward(withoutThePost, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }
}
