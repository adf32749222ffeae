package vn.tvet.lms.library.packaging;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.w3c.dom.Element;
import vn.tvet.lms.library.packaging.PackageRejectedException.Reason;

/**
 * A cmi5 course structure ({@code cmi5.xml}, cmi5 section 13): the course, its blocks (nested) and assignable units
 * in order, with what the LMS launches and judges them by. Read as the specification requires of an importing LMS:
 * whitespace trimmed, ids absolute IRIs and unique, URLs relative only inside a package (and then to a file in it),
 * no URL query parameter that the launch itself sets. Parsed with DTDs refused, like SCORM manifests.
 */
public record CourseStructure(String id, String title, String description, List<Node> children) {

    public static final String FILE = "cmi5.xml";
    public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    /** Launch parameters cmi5 section 8.1 sets: an AU URL must not bring its own. */
    private static final Set<String> LAUNCH_PARAMETERS = Set.of("endpoint", "fetch", "actor", "registration", "activityId");

    public CourseStructure {
        children = List.copyOf(children);
    }

    /** A block or an assignable unit. */
    public sealed interface Node permits Block, Au {
        String id();

        String title();
    }

    /** A block of AUs and blocks; satisfied when every AU in it is. */
    public record Block(String id, String title, String description, List<Node> children) implements Node {
        public Block {
            children = List.copyOf(children);
        }
    }

    /** An assignable unit: what is launched, how, and what "satisfied" means for it. */
    public record Au(String id, String title, String description, String url, String launchMethod, String moveOn,
            BigDecimal masteryScore, String launchParameters, String entitlementKey, String activityType) implements Node {

        /** Whether the URL points into the package (else it is a fully qualified URL elsewhere). */
        public boolean packaged() {
            return !isAbsolute(url);
        }

        /** The file in the package the URL names (its path without query or fragment). */
        public String packagePath() {
            return url.split("[?#]", 2)[0];
        }
    }

    /** Every AU, in the order of the structure. */
    public List<Au> aus() {
        List<Au> all = new ArrayList<>();
        collect(children, all);
        return all;
    }

    /** The blocks that hold the AU, innermost first. */
    public List<Block> blocksOf(Au au) {
        List<Block> path = new ArrayList<>();
        find(children, au, path);
        java.util.Collections.reverse(path);
        return path;
    }

    /** Every AU inside the block, at any depth. */
    public static List<Au> aus(Block block) {
        List<Au> all = new ArrayList<>();
        collect(block.children(), all);
        return all;
    }

    /**
     * Reads and checks {@code cmi5.xml}. {@code inPackage} says whether a relative path is a file of the package
     * (null: the structure came alone, so every URL must be fully qualified).
     *
     * @throws PackageRejectedException (COURSE_STRUCTURE_INVALID) naming what is wrong
     */
    public static CourseStructure read(InputStream xml, Predicate<String> inPackage) {
        Element root = ScormManifest.parse(xml).getDocumentElement();
        if (!"courseStructure".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw invalid("the root element is not a cmi5 courseStructure");
        }
        Element course = only(root, "course");
        Set<String> ids = new HashSet<>();
        String courseId = iri(course, "course", ids);
        List<Node> children = nodes(root, ids, inPackage);
        if (children.isEmpty()) {
            throw invalid("the course has no assignable unit");
        }
        for (Element objective : elements(root, "objectives")) {
            for (Element each : elements(objective, "objective")) {
                iri(each, "objective", ids);
            }
        }
        return new CourseStructure(courseId, langstring(course, "title", true), langstring(course, "description", false),
                children);
    }

    private static List<Node> nodes(Element parent, Set<String> ids, Predicate<String> inPackage) {
        List<Node> nodes = new ArrayList<>();
        for (Child child : childElements(parent)) {
            if (child.name().equals("au")) {
                nodes.add(au(child.element(), ids, inPackage));
            } else if (child.name().equals("block")) {
                Element block = child.element();
                String id = iri(block, "block", ids);
                List<Node> inner = nodes(block, ids, inPackage);
                if (inner.isEmpty()) {
                    throw invalid("block " + id + " holds no assignable unit");
                }
                nodes.add(new Block(id, langstring(block, "title", true), langstring(block, "description", false), inner));
            }
        }
        return nodes;
    }

    private static Au au(Element au, Set<String> ids, Predicate<String> inPackage) {
        String id = iri(au, "au", ids);
        String url = text(au, "url");
        if (url == null || url.isEmpty()) {
            throw invalid("AU " + id + " has no url");
        }
        URI parsed;
        try {
            parsed = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("AU " + id + " has a malformed url");
        }
        if (parsed.isAbsolute()) {
            if (parsed.getHost() == null && ("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))) {
                throw invalid("AU " + id + " has a malformed url");
            }
        } else if (inPackage == null) {
            throw invalid("AU " + id + " has a relative url but the structure came without a package");
        } else {
            String path = url.split("[?#]", 2)[0];
            if (PackagePaths.safe(path, 32) == null || !inPackage.test(path)) {
                throw invalid("AU " + id + " names " + path + ", which is not in the package");
            }
        }
        if (parsed.getRawQuery() != null) {
            for (String pair : parsed.getRawQuery().split("&")) {
                if (LAUNCH_PARAMETERS.contains(pair.split("=", 2)[0])) {
                    throw invalid("AU " + id + " url sets the launch parameter " + pair.split("=", 2)[0]);
                }
            }
        }
        String moveOn = attribute(au, "moveOn", "NotApplicable");
        if (!Set.of("Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed", "NotApplicable").contains(moveOn)) {
            throw invalid("AU " + id + " has an unknown moveOn " + moveOn);
        }
        String launchMethod = attribute(au, "launchMethod", "AnyWindow");
        if (!Set.of("AnyWindow", "OwnWindow").contains(launchMethod)) {
            throw invalid("AU " + id + " has an unknown launchMethod " + launchMethod);
        }
        BigDecimal mastery = null;
        String masteryText = attribute(au, "masteryScore", null);
        if (masteryText != null) {
            try {
                mastery = new BigDecimal(masteryText);
            } catch (NumberFormatException e) {
                throw invalid("AU " + id + " has a masteryScore that is no decimal");
            }
            if (mastery.signum() < 0 || mastery.compareTo(BigDecimal.ONE) > 0 || mastery.scale() > 4) {
                throw invalid("AU " + id + " has a masteryScore outside 0..1 (4 decimals)");
            }
        }
        String activityType = attribute(au, "activityType", null);
        return new Au(id, langstring(au, "title", true), langstring(au, "description", false), url, launchMethod, moveOn,
                mastery, text(au, "launchParameters"), text(au, "entitlementKey"), activityType);
    }

    private static boolean isAbsolute(String url) {
        try {
            return new URI(url).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String iri(Element element, String what, Set<String> ids) {
        String id = element.getAttribute("id").strip();
        URI uri;
        try {
            uri = new URI(id);
        } catch (URISyntaxException e) {
            throw invalid(what + " id " + id + " is no IRI");
        }
        if (id.isEmpty() || !uri.isAbsolute()) {
            throw invalid(what + " id \"" + id + "\" is not a fully qualified IRI");
        }
        if (!ids.add(id)) {
            throw invalid(what + " id " + id + " is used twice");
        }
        return id;
    }

    /** The Vietnamese string if there is one, else the first; required ones must exist. */
    private static String langstring(Element parent, String name, boolean required) {
        List<Element> holders = directChildren(parent, name);
        if (holders.isEmpty()) {
            if (required) {
                throw invalid(parent.getLocalName() + " has no " + name);
            }
            return null;
        }
        String first = null;
        for (Element each : directChildren(holders.get(0), "langstring")) {
            String value = each.getTextContent().strip();
            if (each.getAttribute("lang").toLowerCase(Locale.ROOT).startsWith("vi")) {
                return value;
            }
            first = first == null ? value : first;
        }
        if (first == null && required) {
            throw invalid(parent.getLocalName() + " has an empty " + name);
        }
        return first;
    }

    private static String text(Element parent, String name) {
        List<Element> found = directChildren(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }

    private static String attribute(Element element, String name, String fallback) {
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? fallback : value;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = directChildren(parent, name);
        if (found.size() != 1) {
            throw invalid("the structure needs exactly one " + name);
        }
        return found.get(0);
    }

    private static List<Element> elements(Element parent, String name) {
        return directChildren(parent, name);
    }

    private record Child(String name, Element element) {
    }

    private static List<Child> childElements(Element parent) {
        List<Child> all = new ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE && NAMESPACE.equals(child.getNamespaceURI())) {
                all.add(new Child(child.getLocalName(), (Element) child));
            }
        }
        return all;
    }

    private static List<Element> directChildren(Element parent, String name) {
        return childElements(parent).stream().filter(child -> child.name().equals(name)).map(Child::element).toList();
    }

    private static void collect(List<Node> nodes, List<Au> into) {
        for (Node node : nodes) {
            if (node instanceof Au au) {
                into.add(au);
            } else if (node instanceof Block block) {
                collect(block.children(), into);
            }
        }
    }

    private static boolean find(List<Node> nodes, Au au, List<Block> path) {
        for (Node node : nodes) {
            if (node.equals(au)) {
                return true;
            }
            if (node instanceof Block block) {
                path.add(block);
                if (find(block.children(), au, path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    private static PackageRejectedException invalid(String detail) {
        return new PackageRejectedException(Reason.COURSE_STRUCTURE_INVALID, detail);
    }
}
