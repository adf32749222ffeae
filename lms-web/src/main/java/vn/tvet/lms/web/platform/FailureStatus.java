package vn.tvet.lms.web.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.OptionalInt;
import vn.tvet.lms.account.AccessRefusedException;
import vn.tvet.lms.account.AccountManagedByNetworkException;
import vn.tvet.lms.account.MemberNotFoundException;
import vn.tvet.lms.catalog.FrameworkNotFoundException;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.courseware.ModuleNotFoundException;
import vn.tvet.lms.institution.InstitutionNotFoundException;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.upload.UploadSessionNotFoundException;
import vn.tvet.lms.programme.ProgrammeNotFoundException;
import vn.tvet.lms.questions.QuestionNotFoundException;
import vn.tvet.lms.quiz.AttemptNotFoundException;
import vn.tvet.lms.storage.ContentStoreException;

/**
 * The one mapping from the domain's refusals to HTTP statuses, shared by the pages' error handler and the
 * JSON endpoints: a record that does not exist or belongs to another school is 404, a right the person lacks
 * is 403, the object store being away is 503. Anything else is unexpected (500) and is logged by the caller.
 */
public final class FailureStatus {

    private FailureStatus() {
    }

    /** The status for the first known failure in the cause chain, if any. */
    public static OptionalInt of(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof MemberNotFoundException || cause instanceof InstitutionNotFoundException
                    || cause instanceof ResourceNotFoundException || cause instanceof FrameworkNotFoundException
                    || cause instanceof ProgrammeNotFoundException || cause instanceof ModuleNotFoundException
                    || cause instanceof UploadSessionNotFoundException || cause instanceof ClassNotFoundException
                    || cause instanceof AttemptNotFoundException || cause instanceof QuestionNotFoundException) {
                return OptionalInt.of(HttpServletResponse.SC_NOT_FOUND);
            }
            if (cause instanceof AccessRefusedException || cause instanceof AccountManagedByNetworkException) {
                return OptionalInt.of(HttpServletResponse.SC_FORBIDDEN);
            }
            if (cause instanceof ContentStoreException) {
                return OptionalInt.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
        return OptionalInt.empty();
    }
}
