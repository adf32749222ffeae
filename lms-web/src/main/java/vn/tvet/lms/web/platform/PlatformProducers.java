package vn.tvet.lms.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.tvet.lms.learning.PublicAddress;

/** Gives the domain's plain collaborators to CDI. */
@ApplicationScoped
public class PlatformProducers {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Dependent: a record cannot be proxied, and the value never changes while the application runs. */
    @Produces
    PublicAddress publicAddress() {
        return new PublicAddress(ConfigProvider.getConfig().getOptionalValue("lms.public-url", String.class).orElse(null));
    }

    @Produces
    ContentOrigin contentOrigin() {
        var config = ConfigProvider.getConfig();
        return ContentOrigin.of(config.getOptionalValue("lms.content-origin", String.class).orElse(null),
                config.getOptionalValue("lms.public-url", String.class).orElse(null));
    }
}
