package vn.tvet.lms.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Gives the domain's plain collaborators to CDI. */
@ApplicationScoped
public class PlatformProducers {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
