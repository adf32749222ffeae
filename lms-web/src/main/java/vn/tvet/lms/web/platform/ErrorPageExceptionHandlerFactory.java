package vn.tvet.lms.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import vn.tvet.lms.web.account.AccessDeniedException;

/**
 * Turns what escapes a page into an HTTP status and a friendly error page, never a stack trace:
 * not-found 404 (including another school's ids), access denied 403, an expired view back to the same
 * page, storage unavailable 503, anything else 500 (logged once, here).
 */
public class ErrorPageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ErrorPageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ErrorPageExceptionHandler(getWrapped().getExceptionHandler());
    }

    static final class ErrorPageExceptionHandler extends ExceptionHandlerWrapper {

        private static final System.Logger LOG = System.getLogger(ErrorPageExceptionHandler.class.getName());

        ErrorPageExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            Throwable first = null;
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                first = first == null ? thrown : first;
                events.remove();
            }
            if (first != null) {
                respond(FacesContext.getCurrentInstance(), first);
            }
            getWrapped().handle();
        }

        private static void respond(FacesContext faces, Throwable thrown) {
            ExternalContext external = faces.getExternalContext();
            int status = statusFor(thrown);
            try {
                if (thrown instanceof ViewExpiredException expired) {
                    external.redirect(external.getRequestContextPath() + expired.getViewId());
                } else if (faces.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
                    external.redirect(external.getRequestContextPath() + "/error/" + status + ".xhtml");
                } else {
                    external.responseSendError(status, null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        private static int statusFor(Throwable thrown) {
            java.util.OptionalInt known = FailureStatus.of(thrown);
            if (known.isPresent()) {
                if (known.getAsInt() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                    LOG.log(Level.WARNING, "Object store unavailable: {0}", thrown.getMessage());
                }
                return known.getAsInt();
            }
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof AccessDeniedException) {
                    return HttpServletResponse.SC_FORBIDDEN;
                }
                if (cause instanceof ViewExpiredException) {
                    return HttpServletResponse.SC_OK;
                }
            }
            LOG.log(Level.ERROR, "Unexpected failure in a page", thrown instanceof FacesException && thrown.getCause() != null
                    ? thrown.getCause() : thrown);
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
    }
}
