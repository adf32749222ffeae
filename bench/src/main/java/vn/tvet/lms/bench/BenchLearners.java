package vn.tvet.lms.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import vn.tvet.lms.launcher.LocalStack;
import vn.tvet.lms.localservices.LocalDatabase;

/** Learners a benchmark adds to a demo school (with the demo learners' password) and enrols in a demo class. */
final class BenchLearners {

    private BenchLearners() {
    }

    /** Adds {@code count} learners named {@code prefix}1… to the school, enrols them in the class; the class's id. */
    static long enrol(LocalStack stack, String prefix, int count, String schoolCode, String classCode) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD);
                Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into person (username, full_name, password_hash, created_at, password_changed_at)"
                    + " select '" + prefix + "' || g, 'Học Viên Đo ' || g, (select password_hash from person where username"
                    + " = 'hpcd.sv01'), now(), now() from generate_series(1, " + count + ") g");
            sql.executeUpdate("insert into role_assignment (person_id, institution_id, role, granted_at)"
                    + " select p.id, i.id, 'STUDENT', now() from person p, institution i"
                    + " where p.username like '" + prefix + "%' and i.code = '" + schoolCode + "'");
            sql.executeUpdate("insert into class_enrolment (class_id, person_id, enrolled_at) select c.id, p.id, now()"
                    + " from school_class c, person p where c.code = '" + classCode + "' and p.username like '" + prefix + "%'");
            try (ResultSet row = sql.executeQuery("select id from school_class where code = '" + classCode + "'")) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
