package vn.tvet.lms.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON endpoints live under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
