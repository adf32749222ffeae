package vn.tvet.lms.xapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a statement query over {@code learning_statement}: the caller's school only, voided statements left
 * out, each filter a condition on the indexed columns or a JSONB containment/path test, ordered by the record's own
 * order ({@code seq}) so "more" continues exactly where a page stopped.
 */
final class StatementSearch {

    private static final String[] AGENT_PLACES = {"actor", "object"};
    private static final String[] RELATED_AGENT_PLACES = {"authority", "context,instructor", "context,team", "object,actor",
        "object,object", "object,context,instructor", "object,context,team"};

    private StatementSearch() {
    }

    /** One page: up to {@code limit} rows (seq and statement), plus one more if there are more. */
    @SuppressWarnings("unchecked")
    static List<Object[]> page(EntityManager em, long schoolId, StatementQuery query) {
        List<Object> values = new ArrayList<>();
        values.add(schoolId);
        StringBuilder matching = new StringBuilder("select id from learning_statement where school_id = ?1");
        boolean filtered = query.verb() != null || query.registration() != null || query.activity() != null
                || query.agent() != null;
        if (query.verb() != null) {
            matching.append(" and verb_id = ?").append(add(values, query.verb()));
        }
        if (query.registration() != null) {
            matching.append(" and registration = ?").append(add(values, query.registration()));
        }
        if (query.activity() != null) {
            matching.append(" and (activity_id = ?").append(add(values, query.activity()));
            if (query.relatedActivities()) {
                int vars = add(values, Json.createObjectBuilder().add("a", query.activity()).build().toString());
                for (String path : new String[] {"$.context.contextActivities.*[*] ? (@.id == $a)",
                    "$.object.object ? (@.id == $a)", "$.object.context.contextActivities.*[*] ? (@.id == $a)"}) {
                    // the path is bound too: its "?" filters must not read as parameters
                    matching.append(" or jsonb_path_exists(statement, cast(?").append(add(values, path))
                            .append(" as jsonpath), cast(?").append(vars).append(" as jsonb))");
                }
            }
            matching.append(")");
        }
        if (query.agent() != null) {
            int fragment = add(values, identifying(query.agent()).toString());
            List<String> places = new ArrayList<>(List.of(AGENT_PLACES));
            if (query.relatedAgents()) {
                places.addAll(List.of(RELATED_AGENT_PLACES));
            }
            // an agent as the object is looked up only where the object is an Agent or Group (the partial index's rows)
            matching.append(" and (").append(String.join(" or ", places.stream()
                    .map(place -> (place.equals("object") ? "statement #>> '{object,objectType}' in ('Agent', 'Group') and " : "")
                            + "statement #> '{" + place + "}' @> cast(?" + fragment + " as jsonb)").toList())).append(")");
        }
        StringBuilder sql = new StringBuilder();
        if (filtered) {
            // a statement that targets a matching one through a StatementRef matches too, at any depth (Communication
            // 2.1.3, filter conditions for StatementRefs); voided targets still lead to the statements about them
            sql.append("with recursive matched(id) as (").append(matching).append(" union select s.id from learning_statement s"
                    + " join matched m on s.statement #>> '{object,objectType}' = 'StatementRef'"
                    + " and s.statement #>> '{object,id}' = cast(m.id as text) where s.school_id = ?1)"
                    + " select seq, cast(statement as text) from learning_statement where school_id = ?1 and not voided"
                    + " and id in (select id from matched)");
        } else {
            sql.append("select seq, cast(statement as text) from learning_statement where school_id = ?1 and not voided");
        }
        if (query.since() != null) {
            sql.append(" and stored_at > ?").append(add(values, Timestamp.from(query.since())));
        }
        if (query.until() != null) {
            sql.append(" and stored_at <= ?").append(add(values, Timestamp.from(query.until())));
        }
        if (query.after() != null) {
            sql.append(query.ascending() ? " and seq > ?" : " and seq < ?").append(add(values, query.after()));
        }
        sql.append(" order by seq ").append(query.ascending() ? "asc" : "desc");
        var native_ = em.createNativeQuery(sql.toString()).setMaxResults(query.limit() + 1);
        for (int i = 0; i < values.size(); i++) {
            native_.setParameter(i + 1, values.get(i));
        }
        return native_.getResultList();
    }

    /** The part of an Agent or Group that identifies it: its inverse functional identifier (members if it has none). */
    static JsonObject identifying(JsonObject agent) {
        JsonObjectBuilder fragment = Json.createObjectBuilder();
        for (String ifi : new String[] {"mbox", "mbox_sha1sum", "openid", "account"}) {
            if (agent.containsKey(ifi)) {
                return fragment.add(ifi, agent.get(ifi)).build();
            }
        }
        return fragment.add("member", agent.get("member")).build();
    }

    static JsonObject parse(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static int add(List<Object> values, Object value) {
        values.add(value);
        return values.size();
    }
}
