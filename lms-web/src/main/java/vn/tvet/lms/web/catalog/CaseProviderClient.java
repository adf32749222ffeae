package vn.tvet.lms.web.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches a CASE package from another CASE provider's {@code CFPackages/{identifier}} URL, for importing a
 * framework straight from where it is published. Only hosts the network admin configured are asked
 * ({@code lms.case.allowed-hosts}), so the import cannot be turned against the application's own network;
 * redirects are not followed, and the answer is read up to {@link FrameworksPage#MAX_BYTES}.
 */
@ApplicationScoped
public class CaseProviderClient {

    /** Why a URL was not fetched; each has a message under {@code frameworks.url.*}. */
    public enum Refusal {
        MALFORMED,
        HOST_NOT_ALLOWED,
        UNREACHABLE,
        NOT_FOUND,
        TOO_LARGE
    }

    /** The fetch failed for the reason given. */
    public static class FetchRefusedException extends RuntimeException {

        private final Refusal refusal;

        FetchRefusedException(Refusal refusal, String detail) {
            super(refusal + ": " + detail);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** Empty by default (MicroProfile Config has no empty values): importing by URL is then off. */
    @Inject
    @ConfigProperty(name = "lms.case.allowed-hosts")
    java.util.Optional<String> allowedHosts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The allowed hosts, lower case, as {@code host} or {@code host:port}. */
    Set<String> allowed() {
        return Arrays.stream(allowedHosts.orElse("").split(",")).map(String::strip).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    public boolean isEnabled() {
        return !allowed().isEmpty();
    }

    /** The package's bytes; refused before any connection unless the URL is http(s) on an allowed host. */
    public byte[] fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchRefusedException(Refusal.MALFORMED, String.valueOf(url));
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getUserInfo() != null) {
            throw new FetchRefusedException(Refusal.MALFORMED, String.valueOf(url));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        Set<String> allowed = allowed();
        if (!allowed.contains(host) && !allowed.contains(host + ":" + uri.getPort())) {
            throw new FetchRefusedException(Refusal.HOST_NOT_ALLOWED, host);
        }
        try {
            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = answer.body()) {
                if (answer.statusCode() != 200) {
                    throw new FetchRefusedException(Refusal.NOT_FOUND, uri + " answered " + answer.statusCode());
                }
                byte[] bytes = body.readNBytes((int) FrameworksPage.MAX_BYTES + 1);
                if (bytes.length > FrameworksPage.MAX_BYTES) {
                    throw new FetchRefusedException(Refusal.TOO_LARGE, uri.toString());
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new FetchRefusedException(Refusal.UNREACHABLE, uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchRefusedException(Refusal.UNREACHABLE, uri.toString());
        }
    }
}
