package vn.tvet.lms.library.packaging;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.tvet.lms.library.packaging.PackageRejectedException.Reason;

/**
 * Reads a SCORM 1.2 / 2004 {@code imsmanifest.xml} for the file to launch: the default organization's
 * first item that refers to a resource, and that resource's href. Document type declarations are
 * refused outright, which stops external entities (XXE) and entity expansion (billion laughs).
 */
public final class ScormManifest {

    private ScormManifest() {
    }

    public static String entryPoint(InputStream manifest) {
        Document document = parse(manifest);
        Element root = document.getDocumentElement();
        Element organizations = first(root, "organizations");
        if (organizations == null || organizations.getElementsByTagNameNS("*", "item").getLength() == 0) {
            // IMS content packaging allows a package of resources only: its first SCO (else resource) is launched
            String href = firstResourceHref(root);
            if (href != null) {
                return href;
            }
        }
        if (organizations == null) {
            throw new PackageRejectedException(Reason.MANIFEST_NO_ORGANIZATION, "no <organizations>");
        }
        String defaultId = organizations.getAttribute("default");
        Element organization = null;
        NodeList all = organizations.getElementsByTagNameNS("*", "organization");
        for (int i = 0; i < all.getLength(); i++) {
            Element candidate = (Element) all.item(i);
            if (organization == null || candidate.getAttribute("identifier").equals(defaultId)) {
                organization = candidate;
                if (candidate.getAttribute("identifier").equals(defaultId)) {
                    break;
                }
            }
        }
        if (organization == null) {
            throw new PackageRejectedException(Reason.MANIFEST_NO_ORGANIZATION, "no <organization>");
        }
        NodeList items = organization.getElementsByTagNameNS("*", "item");
        for (int i = 0; i < items.getLength(); i++) {
            String ref = ((Element) items.item(i)).getAttribute("identifierref");
            if (!ref.isEmpty()) {
                String href = hrefOf(root, ref);
                if (href != null) {
                    return href;
                }
            }
        }
        throw new PackageRejectedException(Reason.NO_ENTRY_POINT, "no item refers to a resource with an href");
    }

    /** The first resource with an href, a SCO before any other. */
    private static String firstResourceHref(Element root) {
        NodeList resources = root.getElementsByTagNameNS("*", "resource");
        String any = null;
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (resource.getAttribute("href").isEmpty()) {
                continue;
            }
            String href = resource.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base") + resource.getAttribute("href");
            if (isSco(resource)) {
                return href;
            }
            any = any == null ? href : any;
        }
        return any;
    }

    /** adlcp:scormtype (1.2) or adlcp:scormType (2004) says "sco". */
    public static boolean isSco(Element resource) {
        for (int i = 0; i < resource.getAttributes().getLength(); i++) {
            org.w3c.dom.Node attribute = resource.getAttributes().item(i);
            String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            if (name.equalsIgnoreCase("scormtype")) {
                return "sco".equalsIgnoreCase(attribute.getNodeValue().strip());
            }
        }
        return false;
    }

    private static String hrefOf(Element root, String identifier) {
        NodeList resources = root.getElementsByTagNameNS("*", "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (resource.getAttribute("identifier").equals(identifier) && !resource.getAttribute("href").isEmpty()) {
                String base = resource.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base");
                return base + resource.getAttribute("href");
            }
        }
        return null;
    }

    private static Element first(Element parent, String localName) {
        NodeList found = parent.getElementsByTagNameNS("*", localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    /** The manifest as a namespace-aware DOM, refused as malformed (or with a DTD) like at upload. */
    public static Document parse(InputStream manifest) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder.parse(manifest);
        } catch (SAXException | IOException e) {
            throw new PackageRejectedException(Reason.MANIFEST_MALFORMED, e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a standard feature", e);
        }
    }
}
