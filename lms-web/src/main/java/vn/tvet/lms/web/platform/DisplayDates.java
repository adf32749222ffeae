package vn.tvet.lms.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows instants the way Vietnamese users read them: day/month/year and 24-hour time in Vietnam's zone.
 * (Faces' date converter formats only java.util.Date once a pattern is given.)
 */
@Named
@ApplicationScoped
public class DisplayDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** A calendar day (a term's start or end), as day/month/year. */
    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
