package vn.tvet.lms.xapi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The statement rules of xAPI 1.0.3 Data 2.2–4.6, with the cases the ADL conformance suite sends. */
class StatementValidatorTest {

    private static final String ACTOR = "\"actor\":{\"mbox\":\"mailto:xapi@adlnet.gov\"}";
    private static final String VERB = "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/created\",\"display\":{\"en-US\":\"created\"}}";
    private static final String OBJECT = "\"object\":{\"id\":\"http://example.adlnet.gov/xapi/example/activity\"}";

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    /** A statement with the three required parts and the given extra properties. */
    private static JsonObject with(String extra) {
        return json("{" + ACTOR + "," + VERB + "," + OBJECT + (extra.isEmpty() ? "" : "," + extra) + "}");
    }

    private static String rejected(JsonObject statement) {
        return assertThrows(StatementRejectedException.class, () -> StatementValidator.validate(statement)).path();
    }

    private static void accepted(JsonObject statement) {
        assertDoesNotThrow(() -> StatementValidator.validate(statement));
    }

    @Test
    void theSpecificationsOwnExamplesAreAccepted() {
        accepted(with(""));
        accepted(with("'id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa0','timestamp':'2015-11-18T12:17:00+00:00'"));
        accepted(json("{'id':'6690e6c9-3ef0-4ed3-8b37-7f3964730bee','actor':{'name':'Team PB','mbox':'mailto:teampb@example.com',"
                + "'member':[{'name':'Andrew Downes','account':{'homePage':'http://www.example.com','name':'13936749'},'objectType':'Agent'},"
                + "{'name':'Toby Nichols','openid':'http://toby.openid.example.org/','objectType':'Agent'},"
                + "{'name':'Ena Hills','mbox_sha1sum':'ebd31e95054c018b10727ccffd2ef2ec3a016ee9','objectType':'Agent'}],'objectType':'Group'},"
                + "'verb':{'id':'http://adlnet.gov/expapi/verbs/attended','display':{'en-GB':'attended','en-US':'attended'}},"
                + "'result':{'extensions':{'http://example.com/profiles/meetings/resultextensions/minuteslocation':'X:\\\\meetings'},"
                + "'success':true,'completion':true,'response':'We agreed on some example actions.','duration':'PT1H0M0S'},"
                + "'context':{'registration':'ec531277-b57b-4c15-8d91-d292c5b2b8f7','contextActivities':{'parent':[{'id':"
                + "'http://www.example.com/meetings/series/267','objectType':'Activity'}],'category':{'id':"
                + "'http://www.example.com/meetings/categories/teammeeting'}},'instructor':{'name':'Andrew Downes','account':"
                + "{'homePage':'http://www.example.com','name':'13936749'}},'team':{'name':'Team PB','mbox':'mailto:teampb@example.com',"
                + "'objectType':'Group'},'platform':'Example virtual meeting software','language':'tlh','statement':{'objectType':"
                + "'StatementRef','id':'6690e6c9-3ef0-4ed3-8b37-7f3964730bee'}},'timestamp':'2013-05-18T05:32:34.804+00:00',"
                + "'stored':'2013-05-18T05:32:34.804+00:00','authority':{'account':{'homePage':'http://cloud.scorm.com/','name':"
                + "'anonymous'},'objectType':'Agent'},'version':'1.0.0','object':{'id':'http://www.example.com/meetings/occurances/34534',"
                + "'definition':{'extensions':{'http://example.com/profiles/meetings/activitydefinitionextensions/room':{'name':"
                + "'Kilby'}},'name':{'en-GB':'example meeting','en-US':'example meeting'},'description':{'en-GB':'An example meeting.'},"
                + "'type':'http://adlnet.gov/expapi/activities/meeting','moreInfo':'http://virtualmeeting.example.com/345256'},"
                + "'objectType':'Activity'}}"));
        accepted(json("{'actor':{'objectType':'Agent','mbox':'mailto:admin@example.adlnet.gov'},'verb':{'id':"
                + "'http://adlnet.gov/expapi/verbs/voided'},'object':{'objectType':'StatementRef','id':'e05aa883-acaf-40ad-bf54-02c8ce485fb0'}}"));
        accepted(json("{" + ACTOR + "," + VERB + ",'object':{'objectType':'SubStatement'," + ACTOR + "," + VERB + "," + OBJECT
                + ",'timestamp':'2099-01-01T00:00:00Z'}}"));
    }

    @Test
    void requiredPartsAndTheirCase() {
        assertEquals("statement.actor", rejected(json("{" + VERB + "," + OBJECT + "}")));
        assertEquals("statement.verb", rejected(json("{" + ACTOR + "," + OBJECT + "}")));
        assertEquals("statement.object", rejected(json("{" + ACTOR + "," + VERB + "}")));
        assertEquals("statement.Version", rejected(with("'Version':'1.0.3'")));
        assertEquals("statement.timeStamp", rejected(with("'timeStamp':'2013-05-18T05:32:34.804Z'")));
        assertEquals("statement.object.definition.interactionType",
                rejected(json("{" + ACTOR + "," + VERB + ",'object':{'id':'http://x.example/q','definition':{'interactionType':'true-faLse'}}}")));
        assertEquals("statement.verb.colour", rejected(json("{" + ACTOR + ",'verb':{'id':'http://v.example/a','colour':'red'},"
                + OBJECT + "}")));
    }

    @Test
    void nullsAreRefusedExceptInsideExtensions() {
        assertEquals("statement.actor.name", rejected(json("{'actor':{'mbox':'mailto:a@b.example','name':null}," + VERB + "," + OBJECT + "}")));
        assertEquals("statement.verb.display.en-US", rejected(json("{" + ACTOR + ",'verb':{'id':'http://v.example/a','display':"
                + "{'en-US':null}}," + OBJECT + "}")));
        assertEquals("statement.context.registration", rejected(with("'context':{'registration':null}")));
        accepted(with("'context':{'extensions':{'http://example.com/null':null}}"));
        accepted(with("'result':{'extensions':{'http://example.com/null':null}}"));
    }

    @Test
    void typesAreNotGuessedFromStrings() {
        assertEquals("statement.result.score.max", rejected(with("'result':{'score':{'max':'100'}}")));
        assertEquals("statement.result.completion", rejected(with("'result':{'completion':'false'}")));
        assertEquals("statement.id", rejected(with("'id':12345")));
        assertEquals("statement.id", rejected(with("'id':'AA97B177-9383-4934-8543-0F91A7A028368'")));
        assertEquals("statement.id", rejected(with("'id':'MA97B177-9383-4934-8543-0F91A7A02836'")));
        assertEquals("statement.id", rejected(with("'id':''")));
    }

    @Test
    void agentsHaveExactlyOneIdentifierAndGroupsFollowTheirKind() {
        assertEquals("statement.actor", rejected(json("{'actor':{'mbox':'mailto:a@b.example','openid':'http://o.example/a'},"
                + VERB + "," + OBJECT + "}")));
        assertEquals("statement.actor.mbox", rejected(json("{'actor':{'mbox':'a@b.example'}," + VERB + "," + OBJECT + "}")));
        assertEquals("statement.actor.account.name", rejected(json("{'actor':{'account':{'homePage':'http://h.example','name':"
                + "{'key':'x'}}}," + VERB + "," + OBJECT + "}")));
        assertEquals("statement.actor.member", rejected(json("{'actor':{'objectType':'Group','name':'Nhóm'}," + VERB + "," + OBJECT + "}")));
        assertEquals("statement.actor.member[0].objectType", rejected(json("{'actor':{'objectType':'Group','member':[{'objectType':"
                + "'Group','mbox':'mailto:g@b.example'}]}," + VERB + "," + OBJECT + "}")));
        assertEquals("statement.object.objectType", rejected(json("{" + ACTOR + "," + VERB + ",'object':{'mbox':'mailto:a@b.example',"
                + "'objectType':'agent'}}")));
        assertEquals("statement.object", rejected(json("{" + ACTOR + "," + VERB + ",'object':{'objectType':'Agent'}}")));
    }

    @Test
    void subStatementsAndReferences() {
        assertEquals("statement.object.id", rejected(json("{" + ACTOR + "," + VERB + ",'object':{'objectType':'SubStatement','id':"
                + "'fd41c918-b88b-4b20-a0a5-a4c32391aaa0'," + ACTOR + "," + VERB + "," + OBJECT + "}}")));
        assertEquals("statement.object.object", rejected(json("{" + ACTOR + "," + VERB + ",'object':{'objectType':'SubStatement',"
                + ACTOR + "," + VERB + ",'object':{'objectType':'SubStatement'," + ACTOR + "," + VERB + "," + OBJECT + "}}}")));
        assertEquals("statement.context.statement.objectType", rejected(with("'context':{'statement':{'id':"
                + "'fd41c918-b88b-4b20-a0a5-a4c32391aaa0'}}")));
    }

    @Test
    void revisionAndPlatformOnlyWithAnActivity() {
        accepted(with("'context':{'revision':'2','platform':'TVET LMS'}"));
        assertEquals("statement.context.revision", rejected(json("{" + ACTOR + "," + VERB + ",'object':{'objectType':'Agent',"
                + "'mbox':'mailto:b@b.example'},'context':{'revision':'2'}}")));
        assertEquals("statement.context.platform", rejected(json("{" + ACTOR + "," + VERB + ",'object':{'objectType':'StatementRef',"
                + "'id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa0'},'context':{'platform':'web'}}")));
        accepted(with("'context':{'language':'supercalifragilisticexpialidociouswhatabouthhhhhhh1'}"));
        assertEquals("statement.context.contextActivities", rejected(with("'context':{'contextActivities':{}}")));
        assertEquals("statement.context.team.objectType", rejected(with("'context':{'team':{'mbox':'mailto:t@b.vn'}}")),
                "a team is a Group");
    }

    @Test
    void scoresStayInTheirBounds() {
        accepted(with("'result':{'score':{'scaled':-1,'raw':5,'min':0,'max':10}}"));
        assertEquals("statement.result.score.scaled", rejected(with("'result':{'score':{'scaled':1.01}}")));
        assertEquals("statement.result.score.raw", rejected(with("'result':{'score':{'raw':11,'min':0,'max':10}}")));
        assertEquals("statement.result.score.min", rejected(with("'result':{'score':{'min':10,'max':10}}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "ine", "i-enochian", "zh-Hant", "sr-Latn", "zh-cmn-Hans-CN", "sr-Latn-RS", "sl-rozaj-biske",
        "de-CH-1901", "hy-Latn-IT-arevela", "de-DE", "az-Arab-x-AZE-derbend", "x-whatever", "vi-VN", "en-US"})
    void languageTagsOfRfc5646AreKeys(String tag) {
        accepted(json("{" + ACTOR + ",'verb':{'id':'http://v.example/a','display':{'" + tag + "':'x'}}," + OBJECT + "}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-419-DE", "a-DE", "ar-a-aaa-b-bbb-a-ccc", "", "en_US", "toolongsubtag-x"})
    void otherLanguageMapKeysAreRefused(String tag) {
        rejected(json("{" + ACTOR + ",'verb':{'id':'http://v.example/a','display':{'" + tag + "':'x'}}," + OBJECT + "}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-05-18T05:32:34.804Z", "2015-11-18T12:17:00+00:00", "2008-09-15T15:53:00.601+07:00",
        "20080915T155300Z", "2013-05-18T05:32:34.804"})
    void iso8601TimestampsAreAccepted(String timestamp) {
        accepted(with("'timestamp':'" + timestamp + "'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"should fail", "01/011/2015", "2008-09-15T15:53:00.601-00", "2008-09-15T15:53:00.601-0000",
        "2008-09-15T15:53:00.601-00:00", "2013-13-18T05:32:34Z", "2013-02-30T05:32:34Z"})
    void otherTimestampsAreRefused(String timestamp) {
        assertEquals("statement.timestamp", rejected(with("'timestamp':'" + timestamp + "'")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT4H35M59.14S", "P16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT1234S", "PT0S"})
    void iso8601DurationsAreAccepted(String duration) {
        accepted(with("'result':{'duration':'" + duration + "'}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P4W1D", "P", "PT", "P0003-01-29T04:35:59", "4H", "PT4H35M59.14"})
    void otherDurationsAreRefused(String duration) {
        assertEquals("statement.result.duration", rejected(with("'result':{'duration':'" + duration + "'}")));
    }

    @Test
    void irisHaveASchemeAndVersionsStartWith10() {
        assertEquals("statement.object.id", rejected(json("{" + ACTOR + "," + VERB + ",'object':{'id':'ab=c://should.fail.com'}}")));
        assertEquals("statement.verb.id", rejected(json("{" + ACTOR + ",'verb':{'id':'should error'}," + OBJECT + "}")));
        assertEquals("statement.result.extensions.valid", rejected(with("'result':{'extensions':{'valid':1}}")));
        accepted(with("'version':'1.0.9'"));
        assertEquals("statement.version", rejected(with("'version':'2.0.0'")));
        assertEquals("statement.version", rejected(with("'version':'1.0'")));
    }

    @Test
    void interactionsCarryTheComponentListsOfTheirType() {
        accepted(json("{" + ACTOR + "," + VERB + ",'object':{'id':'http://x.example/q','definition':{'type':"
                + "'http://adlnet.gov/expapi/activities/cmi.interaction','interactionType':'choice','correctResponsesPattern':"
                + "['golf[,]tetris'],'choices':[{'id':'golf','description':{'en-US':'Golf Example'}},{'id':'tetris'}]}}}"));
        assertEquals("statement.object.definition.scale", rejected(json("{" + ACTOR + "," + VERB + ",'object':{'id':'http://x.example/q',"
                + "'definition':{'interactionType':'choice','scale':[{'id':'a'}]}}}")));
        assertEquals("statement.object.definition.choices[1].id", rejected(json("{" + ACTOR + "," + VERB + ",'object':{'id':"
                + "'http://x.example/q','definition':{'interactionType':'choice','choices':[{'id':'a'},{'id':'a'}]}}}")));
        assertEquals("statement.object.definition.interactionType", rejected(json("{" + ACTOR + "," + VERB + ",'object':{'id':"
                + "'http://x.example/q','definition':{'correctResponsesPattern':['a']}}}")));
    }

    @Test
    void attachmentsDescribeTheirBytes() {
        String attachment = "{'usageType':'http://example.com/attachment-usage/test','display':{'en-US':'A test attachment'},"
                + "'contentType':'text/plain; charset=ascii','length':27,"
                + "'sha2':'495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a','fileUrl':'http://over.there.com/file.txt'}";
        accepted(with("'attachments':[" + attachment + "]"));
        assertEquals("statement.attachments[0].length", rejected(with("'attachments':[" + attachment.replace("27", "'27'") + "]")));
        assertEquals("statement.attachments[0].display.de-419-DE", rejected(with("'attachments':["
                + attachment.replace("{'en-US':'A test attachment'}", "{'de-419-DE':'x'}") + "]")));
    }
}
