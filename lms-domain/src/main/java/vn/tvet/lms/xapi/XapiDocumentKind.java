package vn.tvet.lms.xapi;

/** The three document resources of the LRS (Communication 2.2). */
public enum XapiDocumentKind {
    /** activities/state: an activity, an agent and optionally a registration. */
    STATE,
    /** activities/profile: an activity. */
    ACTIVITY_PROFILE,
    /** agents/profile: an agent. */
    AGENT_PROFILE
}
