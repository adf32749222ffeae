package vn.tvet.lms.web.platform;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resource URLs without framework versions: PrimeFaces adds {@code v=15.0.8} to its script and style URLs for
 * cache busting, which tells every visitor which release (and its known flaws) runs here. The version is replaced
 * by a short hash of itself, so caches still refresh on an upgrade.
 */
public class VersionHidingResourceHandler extends ResourceHandlerWrapper {

    private static final Pattern VERSION = Pattern.compile("([?&])v=([^&]+)");

    public VersionHidingResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return hide(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return hide(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return hide(super.createResource(resourceName, libraryName, contentType));
    }

    @Override
    public Resource createResourceFromId(String resourceId) {
        return hide(super.createResourceFromId(resourceId));
    }

    private static Resource hide(Resource resource) {
        return resource == null ? null : new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                return withoutVersion(super.getRequestPath());
            }
        };
    }

    static String withoutVersion(String path) {
        Matcher version = VERSION.matcher(path);
        StringBuilder out = new StringBuilder();
        while (version.find()) {
            version.appendReplacement(out, version.group(1) + "v=" + digest(version.group(2)));
        }
        return version.appendTail(out).toString();
    }

    private static String digest(String version) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(version.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
