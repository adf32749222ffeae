package vn.tvet.lms.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Competency frameworks as 1EdTech CASE 1.1 JSON packages: a {@code CFDocument}, its {@code CFItems}
 * ({@code CFItemType} says unit, element or performance criterion; {@code humanCodingScheme} is the code;
 * the skill level travels in {@code educationLevel} as {@code "bac-N"}), and {@code isChildOf}
 * {@code CFAssociations} (origin: the child, destination: the parent; {@code sequenceNumber} orders
 * siblings). The digital and OSH marks travel as the document's {@code subject} values
 * {@code digital-competence} and {@code occupational-safety-health}; the framework's short code in the
 * document's {@code notes} as {@code "code: …"}.
 */
public final class CaseJson {

    static final String DIGITAL = "digital-competence";
    static final String OSH = "occupational-safety-health";
    private static final String SKILL_LEVEL_PREFIX = "bac-";
    private static final String CODE_NOTE = "code:";

    private CaseJson() {
    }

    /**
     * Reads a CASE 1.0 or 1.1 package into a draft, ours or another CASE server's; a malformed file or one that
     * breaks the tree rules (for example an association that names an item not in the package) is refused with
     * every problem named. A package from elsewhere keeps its identifiers; its tree is mapped onto units,
     * elements and criteria by depth when its item types are not ours (see {@link SourceTree}), a missing code
     * is made from the list enumeration or the identifier, and a missing version from the last change date.
     */
    public static FrameworkDraft read(Reader text) {
        return read(text, null);
    }

    /** The same, with the version a person typed for a package that carries neither a version nor a change date. */
    public static FrameworkDraft read(Reader text, String typedVersion) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(text)) {
            root = reader.readObject();
        } catch (JsonParsingException e) {
            throw new FrameworkFileException(List.of(FrameworkProblem.of("json.invalid", e.getMessage())), e);
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            throw new FrameworkFileException(List.of(FrameworkProblem.of("json.notCase", e.getMessage())), e);
        }
        List<FrameworkProblem> problems = new ArrayList<>();
        JsonObject document = object(root, "CFDocument", problems);
        JsonArray items = array(root, "CFItems", problems);
        JsonArray associations = root.containsKey("CFAssociations") ? array(root, "CFAssociations", problems)
                : JsonValue.EMPTY_JSON_ARRAY;
        if (!problems.isEmpty()) {
            throw new FrameworkFileException(problems, null);
        }
        Map<String, String> parents = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        for (JsonValue value : associations) {
            JsonObject association = asObject(value, "CFAssociations", problems);
            if (association == null || !"isChildOf".equals(string(association, "associationType"))) {
                continue;
            }
            String child = nodeIdentifier(association, "originNodeURI");
            String parent = nodeIdentifier(association, "destinationNodeURI");
            if (child == null || parent == null) {
                problems.add(FrameworkProblem.of("case.associationEnds", string(association, "identifier")));
                continue;
            }
            // A child of the document itself is a top-level item.
            parents.put(child, parent.equals(string(document, "identifier")) ? null : parent);
            if (association.containsKey("sequenceNumber") && association.get("sequenceNumber") instanceof jakarta.json.JsonNumber n) {
                positions.put(child, n.intValue());
            }
        }
        List<JsonObject> itemObjects = new ArrayList<>();
        for (JsonValue value : items) {
            JsonObject item = asObject(value, "CFItems", problems);
            if (item != null) {
                itemObjects.add(item);
            }
        }
        List<FrameworkDraft.Item> drafts = new SourceTree(itemObjects, parents, positions, problems).items();
        java.util.Set<String> itemIdentifiers = new java.util.HashSet<>();
        drafts.forEach(item -> itemIdentifiers.add(item.identifier()));
        parents.keySet().stream().filter(child -> !itemIdentifiers.contains(child)).sorted()
                .forEach(child -> problems.add(FrameworkProblem.of("case.associationItemUnknown", child)));
        List<String> subjects = strings(document, "subject");
        FrameworkDraft draft = new FrameworkDraft(string(document, "identifier"), code(document),
                string(document, "title"), version(document, typedVersion), string(document, "creator"),
                subjects.contains(DIGITAL), subjects.contains(OSH), drafts);
        problems.addAll(draft.findProblems());
        if (!problems.isEmpty()) {
            throw new FrameworkFileException(problems, null);
        }
        return draft;
    }

    /** Writes the framework as a CASE package; {@code baseUri} prefixes the uri of every node. */
    public static void write(FrameworkDraft framework, String baseUri, Instant changed, Writer out) {
        String documentUri = baseUri + "/CFDocuments/" + framework.identifier();
        JsonArrayBuilder subjects = Json.createArrayBuilder();
        if (framework.digital()) {
            subjects.add(DIGITAL);
        }
        if (framework.osh()) {
            subjects.add(OSH);
        }
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("identifier", framework.identifier())
                .add("uri", documentUri)
                .add("creator", framework.publisher() == null ? "" : framework.publisher())
                .add("title", framework.title())
                .add("version", framework.version())
                .add("language", "vi")
                .add("subject", subjects)
                .add("notes", CODE_NOTE + " " + framework.code())
                .add("lastChangeDateTime", changed.toString());
        Map<String, FrameworkDraft.Item> byIdentifier = new HashMap<>();
        framework.items().forEach(item -> byIdentifier.put(item.identifier(), item));
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder associations = Json.createArrayBuilder();
        for (FrameworkDraft.Item item : framework.items()) {
            JsonObjectBuilder node = Json.createObjectBuilder()
                    .add("identifier", item.identifier())
                    .add("uri", baseUri + "/CFItems/" + item.identifier())
                    .add("CFDocumentURI", link(framework.identifier(), documentUri, framework.title()))
                    .add("fullStatement", item.statement())
                    .add("humanCodingScheme", item.code())
                    .add("CFItemType", item.sourceType() != null ? item.sourceType() : item.kind().caseItemType())
                    .add("language", "vi")
                    .add("lastChangeDateTime", changed.toString());
            if (item.skillLevel() != null) {
                node.add("educationLevel", Json.createArrayBuilder().add(SKILL_LEVEL_PREFIX + item.skillLevel()));
            }
            items.add(node);
            FrameworkDraft.Item parent = item.parent() == null ? null : byIdentifier.get(item.parent());
            JsonObject destination = parent == null ? link(framework.identifier(), documentUri, framework.title())
                    : link(parent.identifier(), baseUri + "/CFItems/" + parent.identifier(), parent.code());
            String associationIdentifier = associationIdentifier(item.identifier());
            associations.add(Json.createObjectBuilder()
                    .add("identifier", associationIdentifier)
                    .add("uri", baseUri + "/CFAssociations/" + associationIdentifier)
                    .add("associationType", "isChildOf")
                    .add("sequenceNumber", item.position())
                    .add("CFDocumentURI", link(framework.identifier(), documentUri, framework.title()))
                    .add("originNodeURI", link(item.identifier(), baseUri + "/CFItems/" + item.identifier(), item.code()))
                    .add("destinationNodeURI", destination)
                    .add("lastChangeDateTime", changed.toString()));
        }
        JsonObject root = Json.createObjectBuilder().add("CFDocument", document).add("CFItems", items)
                .add("CFAssociations", associations).build();
        Json.createWriter(out).write(root);
    }

    /** The identifier of the isChildOf association written for an item: stable, derived from the item's. */
    public static String associationIdentifier(String itemIdentifier) {
        return java.util.UUID.nameUUIDFromBytes(("isChildOf:" + itemIdentifier).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /**
     * One node of a package as {@code write} makes it, for the CASE endpoints that serve each uri a package names:
     * {@code CFDocument} (the identifier is ignored), or the entry of {@code CFItems} or {@code CFAssociations}
     * with that identifier.
     */
    public static Optional<String> node(String packageJson, String part, String identifier) {
        try (JsonReader reader = Json.createReader(new java.io.StringReader(packageJson))) {
            JsonObject root = reader.readObject();
            if ("CFDocument".equals(part)) {
                return Optional.of(root.getJsonObject("CFDocument").toString());
            }
            return root.getJsonArray(part).getValuesAs(JsonObject.class).stream()
                    .filter(node -> identifier.equals(node.getString("identifier", null)))
                    .map(JsonObject::toString).findFirst();
        }
    }

    /** The same, as a string. */
    public static String write(FrameworkDraft framework, String baseUri, Instant changed) {
        StringWriter out = new StringWriter();
        write(framework, baseUri, changed, out);
        return out.toString();
    }

    private static JsonObject link(String identifier, String uri, String title) {
        return Json.createObjectBuilder().add("title", title).add("identifier", identifier).add("uri", uri).build();
    }

    static CompetencyKind kind(String itemType) {
        for (CompetencyKind kind : CompetencyKind.values()) {
            if (kind.caseItemType().equalsIgnoreCase(itemType) || kind.name().equalsIgnoreCase(itemType)) {
                return kind;
            }
        }
        return null;
    }

    static Integer skillLevel(JsonObject item, List<FrameworkProblem> problems) {
        for (String level : strings(item, "educationLevel")) {
            if (level.startsWith(SKILL_LEVEL_PREFIX)) {
                try {
                    return Integer.valueOf(level.substring(SKILL_LEVEL_PREFIX.length()));
                } catch (NumberFormatException e) {
                    problems.add(FrameworkProblem.of("item.skillLevelNotNumber", string(item, "humanCodingScheme"), level));
                }
            }
        }
        return null;
    }

    private static String nodeIdentifier(JsonObject association, String key) {
        return association.get(key) instanceof JsonObject node ? string(node, "identifier") : null;
    }

    private static JsonObject object(JsonObject root, String key, List<FrameworkProblem> problems) {
        if (root.get(key) instanceof JsonObject object) {
            return object;
        }
        problems.add(FrameworkProblem.of("json.noObject", key));
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonArray array(JsonObject root, String key, List<FrameworkProblem> problems) {
        if (root.get(key) instanceof JsonArray array) {
            return array;
        }
        problems.add(FrameworkProblem.of("json.noArray", key));
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    private static JsonObject asObject(JsonValue value, String where, List<FrameworkProblem> problems) {
        if (value instanceof JsonObject object) {
            return object;
        }
        problems.add(FrameworkProblem.of("json.entryNotObject", where));
        return null;
    }

    static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString text ? text.getString().strip() : null;
    }

    private static List<String> strings(JsonObject object, String key) {
        if (!(object.get(key) instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }

    /** The document's version, or the day of its last change when a package from elsewhere has none. */
    private static String version(JsonObject document, String typedVersion) {
        String version = string(document, "version");
        if (version != null && !version.isBlank()) {
            return version;
        }
        String changed = string(document, "lastChangeDateTime");
        if (changed != null && changed.length() >= 10) {
            return changed.substring(0, 10);
        }
        return typedVersion == null || typedVersion.isBlank() ? null : typedVersion.strip();
    }

    /**
     * CASE has no field for a short code: ours travel in {@code notes} as {@code "code: …"}; a package from
     * elsewhere gets one made from its identifier.
     */
    private static String code(JsonObject document) {
        String notes = string(document, "notes");
        if (notes != null && notes.startsWith(CODE_NOTE)) {
            return notes.substring(CODE_NOTE.length()).strip();
        }
        String identifier = string(document, "identifier");
        return identifier == null ? null : "CASE-" + identifier.substring(0, Math.min(8, identifier.length())).toUpperCase();
    }
}
