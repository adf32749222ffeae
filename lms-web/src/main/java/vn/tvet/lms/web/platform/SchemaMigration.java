package vn.tvet.lms.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Brings the database schema up to date at deploy, then checks that the JPA mapping agrees with it.
 * The data source is defined here with MicroProfile Config placeholders: the defaults fit the local run,
 * and production overrides them with environment variables (LMS_DB_URL, LMS_DB_USER, LMS_DB_PASSWORD).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/lms",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=lms.db.url:jdbc:postgresql://127.0.0.1:5432/lms}",
        user = "${MPCONFIG=lms.db.user:lms}",
        password = "${MPCONFIG=lms.db.password:lms}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=auto-commit",
                      "fish.payara.fail-all-connections=true"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final System.Logger LOG = System.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/lms")
    DataSource dataSource;

    @PersistenceUnit(unitName = "lms")
    EntityManagerFactory emf;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.log(Level.INFO, "Schema at version {0} ({1} migrations applied)", result.targetSchemaVersion,
                result.migrationsExecuted);
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
