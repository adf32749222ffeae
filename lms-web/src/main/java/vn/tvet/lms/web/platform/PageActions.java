package vn.tvet.lms.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import vn.tvet.lms.classes.ClassRuleException;
import vn.tvet.lms.courseware.ModuleRuleException;
import vn.tvet.lms.library.WorkflowViolationException;
import vn.tvet.lms.programme.ProgrammeRuleException;
import vn.tvet.lms.questions.QuestionRuleException;
import vn.tvet.lms.quiz.QuizRuleException;

/**
 * The one way a page runs a use case: a refusal by a rule, invalid input or a concurrent edit becomes a
 * message in the page's language and the page stays; anything else is a failure for the error page (and
 * its log), never hidden behind a message.
 */
@RequestScoped
public class PageActions {

    private static final System.Logger LOG = System.getLogger(PageActions.class.getName());

    @Inject
    Texts texts;

    @Inject
    InputProblems inputProblems;

    /** Runs the change; false (with the message shown) when it was refused. */
    public boolean run(Runnable action) {
        return call(() -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Runs the use case and gives its result; empty (with the message shown) when it was refused. */
    public <T> Optional<T> call(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (RuntimeException failure) {
            if (!showRefusal(failure)) {
                throw failure;
            }
            return Optional.empty();
        }
    }

    /** Shows the refusal in the failure's cause chain; false when there is none. */
    private boolean showRefusal(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ModuleRuleException refused) {
                texts.error("modules.refused." + refused.reason());
            } else if (cause instanceof ClassRuleException refused) {
                texts.error("classes.refused." + refused.reason());
            } else if (cause instanceof QuizRuleException refused) {
                texts.error("quiz.refused." + refused.reason());
            } else if (cause instanceof QuestionRuleException refused) {
                texts.error("questions.refused." + refused.reason());
            } else if (cause instanceof ProgrammeRuleException refused) {
                texts.error("programmes.refused." + refused.reason());
            } else if (cause instanceof vn.tvet.lms.xapi.ForwardingRefusedException refused) {
                texts.error("lrs.forwarding.refused." + refused.reason());
            } else if (cause instanceof WorkflowViolationException refused) {
                texts.error("library.refused." + refused.reason());
            } else if (cause instanceof ConstraintViolationException invalid) {
                inputProblems.show(invalid);
            } else if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                // Someone saved the same record at the same moment (another tab, a colleague): the page shows theirs.
                LOG.log(Level.INFO, "Concurrent edit refused: {0}", cause.toString());
                texts.error("app.changedElsewhere");
            } else {
                continue;
            }
            return true;
        }
        return false;
    }
}
