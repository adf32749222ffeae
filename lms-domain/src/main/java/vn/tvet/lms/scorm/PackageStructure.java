package vn.tvet.lms.scorm;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.tvet.lms.library.packaging.PackageRejectedException;
import vn.tvet.lms.library.packaging.PackageRejectedException.Reason;
import vn.tvet.lms.library.packaging.ScormManifest;

/**
 * What a SCORM package's manifest says the runtime needs: the edition, and the default organization's items in
 * tree order (depth, title, visibility), each launchable one with its launch file and the values the LMS hands to
 * the SCO (1.2: mastery score, data from LMS, time limits, prerequisites; 2004: data from LMS, completion threshold,
 * the scaled passing score of the primary objective, time limits, the delivery controls, and each item's and the
 * organization's sequencing definition).
 */
public record PackageStructure(ScormVersion version, String title, List<Item> items, Sequencing organization) {

    static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    public PackageStructure {
        items = List.copyOf(items);
    }

    /**
     * One item of the organization. {@code href} is null for an item that only groups others. {@code sco} says
     * whether the resource talks to the API (an asset is launched but never reports).
     */
    public record Item(String identifier, String title, int depth, boolean visible, String href, boolean sco,
            Double masteryScore, String launchData, String maxTimeAllowed, String timeLimitAction,
            Double completionThreshold, Double scaledPassingScore, boolean completionSetByContent,
            boolean objectiveSetByContent, String prerequisites, Sequencing sequencing) {

        /** An item without a sequencing definition of its own (SCORM 1.2, or 2004's defaults). */
        public Item(String identifier, String title, int depth, boolean visible, String href, boolean sco,
                Double masteryScore, String launchData, String maxTimeAllowed, String timeLimitAction,
                Double completionThreshold, Double scaledPassingScore, boolean completionSetByContent,
                boolean objectiveSetByContent, String prerequisites) {
            this(identifier, title, depth, visible, href, sco, masteryScore, launchData, maxTimeAllowed, timeLimitAction,
                    completionThreshold, scaledPassingScore, completionSetByContent, objectiveSetByContent, prerequisites,
                    Sequencing.DEFAULT);
        }

        public boolean launchable() {
            return href != null;
        }
    }

    /** The launchable items, in the order a learner meets them. */
    public List<Item> launchable() {
        return items.stream().filter(Item::launchable).toList();
    }

    public Optional<Item> item(String identifier) {
        return launchable().stream().filter(i -> i.identifier().equals(identifier)).findFirst();
    }

    public static PackageStructure read(InputStream manifest) {
        Document document = ScormManifest.parse(manifest);
        Element root = document.getDocumentElement();
        String schemaVersion = text(first(first(root, "metadata"), "schemaversion"));
        String adlcp = null;
        for (int i = 0; i < root.getAttributes().getLength(); i++) {
            Node attribute = root.getAttributes().item(i);
            if (attribute.getNodeValue().contains("adlcp")) {
                adlcp = attribute.getNodeValue();
            }
        }
        ScormVersion version = ScormVersion.of(schemaVersion, adlcp);
        Element organizations = first(root, "organizations");
        List<Item> items = new ArrayList<>();
        if (organizations == null || organizations.getElementsByTagNameNS("*", "item").getLength() == 0) {
            // a package of resources only (IMS CP allows it): each SCO is an item of its own
            resourcesAsItems(root, version, items);
            if (items.isEmpty()) {
                throw new PackageRejectedException(Reason.NO_ENTRY_POINT, "no organization and no SCO resource");
            }
            return new PackageStructure(version, "", items, Sequencing.DEFAULT);
        }
        Element organization = defaultOrganization(root);
        collect(root, organization, 0, version, items);
        if (items.stream().noneMatch(Item::launchable)) {
            throw new PackageRejectedException(Reason.NO_ENTRY_POINT, "no item refers to a resource with an href");
        }
        String title = text(child(organization, "title"));
        Sequencing sequencing = version == ScormVersion.SCORM_12 ? Sequencing.DEFAULT
                : SequencingReader.read(child(organization, "sequencing"), root);
        return new PackageStructure(version, title == null ? "" : title, items, sequencing);
    }

    private static void resourcesAsItems(Element root, ScormVersion version, List<Item> items) {
        var resources = root.getElementsByTagNameNS("*", "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (!resource.getAttribute("href").isEmpty() && ScormManifest.isSco(resource)) {
                String identifier = resource.getAttribute("identifier");
                items.add(new Item(identifier, identifier, 0, true, base(resource) + resource.getAttribute("href"), true,
                        null, null, null, null, null, null, false, false, null));
            }
        }
    }

    private static void collect(Element root, Element parent, int depth, ScormVersion version, List<Item> items) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "item".equals(element.getLocalName())) {
                items.add(item(root, element, depth, version));
                collect(root, element, depth + 1, version, items);
            }
        }
    }

    private static Item item(Element root, Element item, int depth, ScormVersion version) {
        String identifier = item.getAttribute("identifier");
        String title = text(child(item, "title"));
        boolean visible = !"false".equalsIgnoreCase(item.getAttribute("isvisible").strip());
        Element resource = resource(root, item.getAttribute("identifierref"));
        String href = null;
        boolean sco = false;
        if (resource != null && !resource.getAttribute("href").isEmpty()) {
            href = base(resource) + resource.getAttribute("href") + parameters(item.getAttribute("parameters"));
            sco = ScormManifest.isSco(resource);
        }
        if (version == ScormVersion.SCORM_12) {
            return new Item(identifier, title, depth, visible, href, sco, number(text(child(item, "masteryscore"))),
                    text(child(item, "datafromlms")), text(child(item, "maxtimeallowed")),
                    text(child(item, "timelimitaction")), null, null, false, false, text(child(item, "prerequisites")));
        }
        Element sequencing = child(item, "sequencing");
        Element delivery = sequencing == null ? null : child(sequencing, "deliveryControls");
        Element limits = sequencing == null ? null : child(sequencing, "limitConditions");
        return new Item(identifier, title, depth, visible, href, sco, null, text(child(item, "dataFromLMS")),
                limits == null || limits.getAttribute("attemptAbsoluteDurationLimit").isEmpty() ? null
                        : limits.getAttribute("attemptAbsoluteDurationLimit"),
                text(child(item, "timeLimitAction")), completionThreshold(child(item, "completionThreshold")),
                scaledPassingScore(sequencing), delivery != null && "true".equals(delivery.getAttribute("completionSetByContent")),
                delivery != null && "true".equals(delivery.getAttribute("objectiveSetByContent")), null,
                SequencingReader.read(sequencing, root));
    }

    /** 3rd edition: the threshold as the element's text; 4th: its minProgressMeasure attribute (default 1.0). */
    private static Double completionThreshold(Element threshold) {
        if (threshold == null) {
            return null;
        }
        if (threshold.hasAttribute("minProgressMeasure")) {
            return number(threshold.getAttribute("minProgressMeasure"));
        }
        Double inText = number(text(threshold));
        return inText != null ? inText : threshold.hasAttribute("completedByMeasure") ? 1.0 : null;
    }

    /** The primary objective's minNormalizedMeasure, when that objective is satisfied by measure. */
    private static Double scaledPassingScore(Element sequencing) {
        Element objectives = sequencing == null ? null : child(sequencing, "objectives");
        Element primary = objectives == null ? null : child(objectives, "primaryObjective");
        if (primary == null || !"true".equals(primary.getAttribute("satisfiedByMeasure"))) {
            return null;
        }
        Double measure = number(text(child(primary, "minNormalizedMeasure")));
        return measure == null ? 1.0 : measure;
    }

    private static String parameters(String parameters) {
        String value = parameters == null ? "" : parameters.strip();
        if (value.isEmpty()) {
            return "";
        }
        return value.startsWith("?") || value.startsWith("#") ? value : "?" + value;
    }

    private static String base(Element resource) {
        String own = resource.getAttributeNS(XML, "base");
        Node resources = resource.getParentNode();
        String outer = resources instanceof Element element ? element.getAttributeNS(XML, "base") : "";
        return outer + own;
    }

    private static Element resource(Element root, String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            return null;
        }
        var all = root.getElementsByTagNameNS("*", "resource");
        for (int i = 0; i < all.getLength(); i++) {
            Element resource = (Element) all.item(i);
            if (resource.getAttribute("identifier").equals(identifier)) {
                return resource;
            }
        }
        return null;
    }

    private static Element defaultOrganization(Element root) {
        Element organizations = first(root, "organizations");
        if (organizations == null) {
            throw new PackageRejectedException(Reason.MANIFEST_NO_ORGANIZATION, "no <organizations>");
        }
        String defaultId = organizations.getAttribute("default");
        Element chosen = null;
        for (Node node = organizations.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "organization".equals(element.getLocalName())) {
                if (chosen == null || element.getAttribute("identifier").equals(defaultId)) {
                    chosen = element;
                }
            }
        }
        if (chosen == null) {
            throw new PackageRejectedException(Reason.MANIFEST_NO_ORGANIZATION, "no <organization>");
        }
        return chosen;
    }

    /** A direct child by local name (an item's own title, not a nested item's). */
    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static Element first(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        var found = parent.getElementsByTagNameNS("*", localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
