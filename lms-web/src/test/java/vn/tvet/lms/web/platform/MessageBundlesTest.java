package vn.tvet.lms.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text a person can see exists in both languages, formats, and English pages carry no Vietnamese. */
class MessageBundlesTest {

    /** Letters only Vietnamese uses: a page in English showing one has a text left untranslated. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[ăâđêôơưĂÂĐÊÔƠƯàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]");
    /** Terms that stay Vietnamese in the English texts on purpose: the language's own name, the file header words. */
    private static final List<String> KEPT_IN_VIETNAMESE = List.of("Tiếng Việt", "«mã nghề»");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        TreeSet<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
        onlyVi.removeAll(en.stringPropertyNames());
        TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(vi.stringPropertyNames());
        assertEquals("[] []", onlyVi + " " + onlyEn, "keys in one language only");
    }

    @Test
    void everyTextFormatsAndUsesTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        List<String> faults = new ArrayList<>();
        for (String key : vi.stringPropertyNames()) {
            String viText = vi.getProperty(key);
            if (viText.contains("{currentPage}")) {
                continue; // a PrimeFaces paginator template, not a MessageFormat pattern
            }
            String enText = en.getProperty(key, "");
            try {
                int viArguments = new MessageFormat(viText, Locale.forLanguageTag("vi")).getFormatsByArgumentIndex().length;
                int enArguments = new MessageFormat(enText, Locale.ENGLISH).getFormatsByArgumentIndex().length;
                if (viArguments != enArguments && !key.startsWith("jakarta.faces.")) {
                    faults.add(key + ": {" + viArguments + "} in Vietnamese, {" + enArguments + "} in English");
                }
            } catch (IllegalArgumentException e) {
                faults.add(key + ": " + e.getMessage());
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @Test
    void englishTextsHaveNoVietnameseLeft() throws IOException {
        Properties en = bundle("en");
        List<String> left = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String text = en.getProperty(key);
            for (String kept : KEPT_IN_VIETNAMESE) {
                text = text.replace(kept, "");
            }
            if (key.startsWith("level.")) {
                continue; // "College (cao đẳng)": the Vietnamese name of a level is what the documents say
            }
            if (VIETNAMESE.matcher(text).find()) {
                left.add(key + "=" + en.getProperty(key));
            }
        }
        assertTrue(left.isEmpty(), "Vietnamese in the English texts:\n" + String.join("\n", left));
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/vn/tvet/lms/web/messages_" + language
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
