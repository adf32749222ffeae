package vn.tvet.lms.library;

/**
 * The licence a resource is shared under: the six Creative Commons 4.0 licences, public domain (CC0) and
 * all rights reserved. Reuse and adaptation screens read the permissions from here.
 */
public enum Licence {
    CC_BY("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", true, true),
    CC_BY_SA("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/", true, true),
    CC_BY_ND("CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/", false, true),
    CC_BY_NC("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/", true, false),
    CC_BY_NC_SA("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/", true, false),
    CC_BY_NC_ND("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/", false, false),
    PUBLIC_DOMAIN("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/", true, true),
    ALL_RIGHTS_RESERVED("©", null, false, false);

    private final String shortName;
    private final String url;
    private final boolean derivativesAllowed;
    private final boolean commercialUseAllowed;

    Licence(String shortName, String url, boolean derivativesAllowed, boolean commercialUseAllowed) {
        this.shortName = shortName;
        this.url = url;
        this.derivativesAllowed = derivativesAllowed;
        this.commercialUseAllowed = commercialUseAllowed;
    }

    public String shortName() {
        return shortName;
    }

    /** The licence deed, or null for all rights reserved. */
    public String url() {
        return url;
    }

    public boolean derivativesAllowed() {
        return derivativesAllowed;
    }

    public boolean commercialUseAllowed() {
        return commercialUseAllowed;
    }

    /** Whether other schools may be offered the item at all: all rights reserved stays within its school. */
    public boolean shareableBeyondOwner() {
        return this != ALL_RIGHTS_RESERVED;
    }
}
