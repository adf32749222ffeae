package vn.tvet.lms.launcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client signed in through the real login form, as a browser would be, for the benchmarks and for
 * tests of the JSON endpoints. It speaks HTTP/1.1 as browsers do over cleartext: Java's client would
 * otherwise try an h2c upgrade, which breaks large request bodies on Payara.
 */
public final class SignedInClient {

    private static final Pattern VIEW_STATE = Pattern.compile("id=\"j_id1:jakarta.faces.ViewState:1\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final CookieManager cookies;
    private final URI base;

    private SignedInClient(HttpClient http, CookieManager cookies, URI base) {
        this.http = http;
        this.cookies = cookies;
        this.base = base;
    }

    public static SignedInClient signIn(URI base, String username, String password) throws IOException, InterruptedException {
        return signIn(base, username, password, "/dashboard.xhtml");
    }

    /** Signs in and expects to land on {@code landingPath} (the password page, for a temporary password). */
    public static SignedInClient signIn(URI base, String username, String password, String landingPath)
            throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = http.send(HttpRequest.newBuilder(base.resolve("/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("No view state on the login page");
        }
        String form = "login=login&login%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!answer.uri().getPath().endsWith(landingPath)) {
            throw new IllegalStateException("Sign-in of " + username + " failed: ended at " + answer.uri());
        }
        return new SignedInClient(http, cookies, base);
    }

    public HttpClient http() {
        return http;
    }

    public URI url(String path) {
        return base.resolve(path);
    }

    /** The session cookie, for requests written by hand (a connection dropped mid-body). */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString).findFirst()
                .orElseThrow(() -> new IllegalStateException("No session cookie"));
    }

    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return http.send(request.build(), body);
    }
}
