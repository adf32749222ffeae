package vn.tvet.lms.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A learning outcome of a programme (chuẩn đầu ra): a short code and what the graduate can do. */
@Embeddable
public record ProgrammeOutcome(
        @Column(name = "code", nullable = false, length = 30) String code,
        @Column(name = "statement", nullable = false, length = 2000) String statement) {
}
