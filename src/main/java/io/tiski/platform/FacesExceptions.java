package io.tiski.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
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
 * A postback whose page state cannot be restored is the user's or the caller's mistake, not a
 * server failure: a view state this session does not hold (a page open past its session, a forged
 * or garbled id), a form without the nonce PrimeFaces put in it (a post made outside the page), or
 * any other failure to restore the posted page. It is answered 400 with the "page expired" page in
 * the user's language, nothing of the post is applied, and nothing is logged (a script posting
 * garbage must not fill the log with stack traces).
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    private static final String EXPIRED_PAGE = "/error/expired.xhtml";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                var events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    ExceptionQueuedEvent event = events.next();
                    var context = event.getContext();
                    if (isExpiredView(context.getException()) || context.getPhaseId() == PhaseId.RESTORE_VIEW
                            && context.getContext().isPostback()) {
                        events.remove();
                        showExpiredPage(FacesContext.getCurrentInstance());
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
