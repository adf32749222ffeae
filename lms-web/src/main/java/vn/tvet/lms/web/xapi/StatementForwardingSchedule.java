package vn.tvet.lms.web.xapi;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import vn.tvet.lms.xapi.StatementForwarding;

/**
 * Every 5 seconds posts each forwarding school's waiting statements to its external LRS, in order, up to 100 at a
 * time. A batch the external LRS refuses as a whole because some statement is already there (409) goes again one
 * statement at a time with PUT, which is idempotent by id; anything else is a failure the school's queue waits after.
 * Only the status code of a failure is kept (the external body could be anything).
 */
@Singleton
public class StatementForwardingSchedule {

    private static final System.Logger LOG = System.getLogger(StatementForwardingSchedule.class.getName());
    private static final int BATCH = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    StatementForwarding forwarding;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        for (StatementForwarding.Batch batch : forwarding.due(BATCH)) {
            try {
                int status = send(batch, "POST", batch.statementsUrl(), batch.statements());
                if (status == 409) {
                    status = oneByOne(batch);
                }
                if (status / 100 == 2) {
                    forwarding.delivered(batch.schoolId(), batch.outboxIds());
                } else {
                    fail(batch, "HTTP " + status);
                }
            } catch (IOException e) {
                fail(batch, e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Each statement with PUT ?statementId=: 204 stored, 409 already there under that id; the first other answer. */
    private int oneByOne(StatementForwarding.Batch batch) throws IOException, InterruptedException {
        for (JsonValue each : Json.createReader(new StringReader(batch.statements())).readArray()) {
            JsonObject statement = each.asJsonObject();
            URI put = URI.create(batch.statementsUrl() + "?statementId="
                    + URLEncoder.encode(statement.getString("id"), StandardCharsets.UTF_8));
            int status = send(batch, "PUT", put, statement.toString());
            if (status / 100 != 2 && status != 409) {
                return status;
            }
        }
        return 204;
    }

    private int send(StatementForwarding.Batch batch, String method, URI uri, String body)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((batch.username() + ":" + batch.secret())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials).header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void fail(StatementForwarding.Batch batch, String error) {
        LOG.log(Level.WARNING, "Statements of school {0} not forwarded: {1}", batch.schoolId(), error);
        forwarding.failed(batch.schoolId(), batch.outboxIds(), error);
    }
}
