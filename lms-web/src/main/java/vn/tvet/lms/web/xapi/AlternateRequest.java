package vn.tvet.lms.web.xapi;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The alternate request syntax (Communication 1.3) for clients that can only POST a form: {@code ?method=PUT} on
 * the address, the headers Authorization, X-Experience-API-Version, Content-Type, Content-Length, If-Match and
 * If-None-Match as form fields, the body as the "content" field (UTF-8), and every other form field a query
 * parameter. The request is read as the one it stands for.
 */
final class AlternateRequest extends HttpServletRequestWrapper {

    private static final Set<String> HEADERS = Set.of("authorization", "x-experience-api-version", "content-type",
            "content-length", "if-match", "if-none-match");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    private final String method;
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, String[]> parameters = new HashMap<>();
    private final byte[] content;

    private AlternateRequest(HttpServletRequest request, String method) {
        super(request);
        this.method = method;
        request.getParameterMap().forEach((name, values) -> {
            if ("method".equals(name)) {
                return;
            }
            if (HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name.toLowerCase(Locale.ROOT), values[0]);
            } else if (!"content".equals(name)) {
                parameters.put(name, values);
            }
        });
        String body = request.getParameter("content");
        this.content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The request it stands for when this is the alternate syntax; the request itself otherwise. A POST with
     * "method" that breaks the syntax's rules is refused.
     */
    static HttpServletRequest of(HttpServletRequest request) {
        String query = request.getQueryString();
        if (!"POST".equals(request.getMethod()) || query == null || !query.startsWith("method=") && !query.contains("&method=")) {
            return request;
        }
        if (query.contains("&")) {
            throw new IllegalArgumentException("the alternate request syntax takes only the method parameter in the query string");
        }
        String method = query.substring("method=".length()).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method must be GET, HEAD, PUT, POST or DELETE");
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw new IllegalArgumentException("the alternate request syntax sends a form (application/x-www-form-urlencoded)");
        }
        return new AlternateRequest(request, method);
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getHeader(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return HEADERS.contains(key) ? headers.get(key) : super.getHeader(name);
    }

    @Override
    public String getContentType() {
        return headers.getOrDefault("content-type", "application/json");
    }

    @Override
    public long getContentLengthLong() {
        return content.length;
    }

    @Override
    public int getContentLength() {
        return content.length;
    }

    @Override
    public String getQueryString() {
        return null;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(content);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("read synchronously");
            }
        };
    }
}
