package vn.tvet.lms.questions;

import java.io.Serializable;
import java.util.List;

/**
 * What a learner answered: the numbers (from 0, in the question's own order) of the choices picked, or for
 * matching the right item picked for each left item (-1 for none), or the text typed.
 */
public record Response(List<Integer> chosen, String text) implements Serializable {

    public static final Response NONE = new Response(List.of(), null);

    public Response {
        chosen = chosen == null ? List.of() : List.copyOf(chosen);
        text = text == null || text.isBlank() ? null : text;
    }

    public static Response typed(String text) {
        return new Response(List.of(), text);
    }

    public static Response picked(List<Integer> chosen) {
        return new Response(chosen, null);
    }

    public boolean empty() {
        return text == null && chosen.stream().allMatch(c -> c < 0);
    }
}
