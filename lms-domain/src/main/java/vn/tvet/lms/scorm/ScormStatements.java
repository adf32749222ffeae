package vn.tvet.lms.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.learning.LearningEvent;
import vn.tvet.lms.learning.LearningRecord;
import vn.tvet.lms.learning.Verb;

/**
 * What a SCO's sessions and statuses become in the learning record: statements about the SCO (its step as parent),
 * with the ADL verbs the SCORM profile uses, each once per launch and purpose (a resent commit records nothing new).
 */
@ApplicationScoped
public class ScormStatements {

    private LearningRecord record;
    private People people;
    private Clock clock;

    ScormStatements() {
        // for the CDI proxy
    }

    @Inject
    public ScormStatements(LearningRecord record, People people, Clock clock) {
        this.record = record;
        this.people = people;
        this.clock = clock;
    }

    /** Records the verb about the attempt's SCO; {@code scored} carries the result of passed/failed. */
    void state(ContentLaunch launch, ScormAttempt attempt, PackageStructure.Item sco, Verb verb, String purpose,
            LmsRules.Statuses scored) {
        Person learner = people.get(launch.getPersonId());
        LearningEvent.Result result = null;
        if (scored != null) {
            result = new LearningEvent.Result(scored.scaled(), null, null, null, "passed".equals(scored.success()),
                    "completed".equals(scored.completion()), null);
        } else if (verb == Verb.COMPLETED) {
            result = LearningEvent.Result.completed();
        }
        UUID id = UUID.nameUUIDFromBytes(("scorm|" + launch.getId() + "|" + verb + "|" + purpose)
                .getBytes(StandardCharsets.UTF_8));
        record.record(new LearningEvent(id, attempt.getSchoolId(), learner.getId(), learner.getFullName(),
                learner.getUsername(), verb, scoActivityId(attempt.getActivityId(), sco.identifier()),
                sco.title() == null ? sco.identifier() : sco.title(), attempt.getRegistration(), attempt.getActivityId(),
                result, clock.instant(), null));
    }

    /** The IRI statements about one SCO name: its lesson step's, then the SCO's identifier. */
    public static String scoActivityId(String stepActivityId, String scoIdentifier) {
        return stepActivityId + "/sco/" + URLEncoder.encode(scoIdentifier, StandardCharsets.UTF_8);
    }
}
