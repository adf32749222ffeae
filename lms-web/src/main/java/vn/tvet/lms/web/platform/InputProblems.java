package vn.tvet.lms.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the domain's validation failures (an over-long title sent past the form's limit, a code in the wrong
 * shape) into one message per field, in the page's language, naming the field and its limit: the same words
 * on every page instead of a generic "invalid input".
 */
@RequestScoped
public class InputProblems {

    @Inject
    Texts texts;

    /** Adds one error message per broken field. */
    public void show(ConstraintViolationException failure) {
        failure.getConstraintViolations().stream().map(this::describe).distinct().sorted()
                .forEach(text -> texts.error("input.problem", text));
    }

    private String describe(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        String label = texts.get("field." + field);
        if (label.startsWith("???")) {
            label = field;
        }
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "Size" -> texts.get(violation.getInvalidValue() instanceof java.util.Collection<?> ? "input.tooMany"
                    : "input.tooLong", label, limits.get("max"));
            case "Min", "Positive", "PositiveOrZero" -> texts.get("input.tooSmall", label,
                    Objects.requireNonNullElse(limits.get("value"), "0"));
            case "Max" -> texts.get("input.tooLarge", label, limits.get("value"));
            case "NotNull", "NotBlank", "NotEmpty" -> texts.get("input.missing", label);
            default -> texts.get("input.badFormat", label);
        };
    }

    /** The last named part of the path: "create.arg2.title" and "keywords[].<iterable element>" name the field. */
    private static String field(Path path) {
        String name = "value";
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                name = node.getName();
            }
        }
        return name;
    }
}
