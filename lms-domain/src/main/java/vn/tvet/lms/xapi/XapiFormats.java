package vn.tvet.lms.xapi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The string formats xAPI 1.0.3 requires (Data 2.2, 4.3–4.6): IRIs, UUIDs, mailto IRIs, timestamps, durations, tags. */
final class XapiFormats {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:.+");
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern MBOX = Pattern.compile("^mailto:[^@\\s<>\"]+@[^@\\s<>\"]+$");
    private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");
    private static final Pattern SHA2 = Pattern.compile("^[0-9a-fA-F]{56}$|^[0-9a-fA-F]{64}$|^[0-9a-fA-F]{96}$|^[0-9a-fA-F]{128}$");
    private static final Pattern VERSION = Pattern.compile("^1\\.0\\.\\d+$");
    /** ISO 8601 date and time, extended or basic, with an optional fraction and zone. */
    private static final Pattern TIMESTAMP = Pattern.compile("^(\\d{4})-?(\\d{2})-?(\\d{2})T(\\d{2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?"
            + "(Z|[+\\-]\\d{2}(?::?\\d{2})?)?$");
    /** ISO 8601:2004 4.4.3.2 durations (not the alternative format); weeks stand alone. */
    private static final Pattern DURATION = Pattern.compile("^P(?:\\d+(?:[.,]\\d+)?W|(?=\\d|T\\d)(?:\\d+(?:[.,]\\d+)?Y)?"
            + "(?:\\d+(?:[.,]\\d+)?M)?(?:\\d+(?:[.,]\\d+)?D)?(?:T(?=\\d)(?:\\d+(?:[.,]\\d+)?H)?(?:\\d+(?:[.,]\\d+)?M)?"
            + "(?:\\d+(?:[.,]\\d+)?S)?)?|\\d+(?:[.,]\\d+)?S)$");
    /** RFC 5646 language tags (langtag and private use); grandfathered tags are listed below. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^(?:(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4}"
            + "|[a-zA-Z]{5,8})(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\\d{3}))?(?:-(?:[a-zA-Z0-9]{5,8}|\\d[a-zA-Z0-9]{3}))*"
            + "((?:-[0-9a-wy-zA-WY-Z](?:-[a-zA-Z0-9]{2,8})+)*)(?:-[xX](?:-[a-zA-Z0-9]{1,8})+)?|[xX](?:-[a-zA-Z0-9]{1,8})+)$");
    private static final Pattern SINGLETON = Pattern.compile("-([0-9a-wy-zA-WY-Z])-");
    private static final Set<String> GRANDFATHERED = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian",
            "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr",
            "sgn-be-nl", "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min",
            "zh-min-nan", "zh-xiang");
    private static final String NOT_IN_IRIS = " <>\"{}|\\^`";

    private XapiFormats() {
    }

    /** An absolute IRI: a scheme, then something, and none of the characters IRIs never hold. */
    static boolean iri(String text) {
        if (!SCHEME.matcher(text).matches()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || NOT_IN_IRIS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean uuid(String text) {
        return UUID.matcher(text).matches();
    }

    static boolean mbox(String text) {
        return MBOX.matcher(text).matches();
    }

    static boolean sha1(String text) {
        return SHA1.matcher(text).matches();
    }

    /** A SHA-2 digest in hex (224, 256, 384 or 512 bits). */
    static boolean sha2(String text) {
        return SHA2.matcher(text).matches();
    }

    static boolean version(String text) {
        return VERSION.matcher(text).matches();
    }

    /**
     * An ISO 8601 date and time that exists; "-00", "-0000" and "-00:00" offsets are refused (RFC 3339 reads them as
     * an unknown local offset, which is no time zone at all).
     */
    static boolean timestamp(String text) {
        Matcher parts = TIMESTAMP.matcher(text);
        if (!parts.matches()) {
            return false;
        }
        String zone = parts.group(7);
        if (zone != null && zone.startsWith("-") && zone.replaceAll("[^0-9]", "").chars().allMatch(c -> c == '0')) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
            int seconds = parts.group(6) == null ? 0 : Integer.parseInt(parts.group(6));
            LocalTime.of(Integer.parseInt(parts.group(4)), Integer.parseInt(parts.group(5)), Math.min(seconds, 59));
            return seconds <= 60 && (zone == null || zoneInRange(zone));
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean zoneInRange(String zone) {
        if ("Z".equals(zone)) {
            return true;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return hours <= 14 && minutes < 60;
    }

    static boolean duration(String text) {
        return DURATION.matcher(text).matches();
    }

    /** An RFC 5646 language tag: the sequence of subtag lengths, and no extension singleton twice. */
    static boolean languageTag(String text) {
        if (GRANDFATHERED.contains(text.toLowerCase(Locale.ROOT))) {
            return true;
        }
        Matcher tag = LANGUAGE_TAG.matcher(text);
        if (!tag.matches()) {
            return false;
        }
        String extensions = tag.group(1);
        if (extensions == null || extensions.isEmpty()) {
            return true;
        }
        Set<String> singletons = new HashSet<>();
        Matcher singleton = SINGLETON.matcher(extensions + "-");
        int from = 0;
        while (singleton.find(from)) {
            if (!singletons.add(singleton.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
            from = singleton.end() - 1;
        }
        return true;
    }
}
