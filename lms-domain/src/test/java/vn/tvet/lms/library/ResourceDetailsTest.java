package vn.tvet.lms.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResourceDetailsTest {

    @Test
    void keywordsKeepTheirInnerSpacesAndStopAtThirty() {
        assertEquals(List.of("điện công nghiệp", "an toàn"),
                List.copyOf(ResourceDetails.keywordsIn("điện công nghiệp; an toàn,")));
        String many = IntStream.range(0, 40).mapToObj(i -> "từ " + i).collect(Collectors.joining(","));
        assertEquals(30, ResourceDetails.keywordsIn(many).size());
    }

    @Test
    void aLinkNeedsAWebAddressAndCodesNeedTheNationalForm() {
        assertTrue(details(ResourceType.LINK, null, Set.of()).lacksLink());
        assertTrue(details(ResourceType.LINK, "javascript:alert(1)", Set.of()).lacksLink());
        assertFalse(details(ResourceType.LINK, "https://gdnn.gov.vn/", Set.of()).lacksLink());
        assertFalse(details(ResourceType.DOCUMENT, null, Set.of()).lacksLink());
        assertTrue(details(ResourceType.DOCUMENT, null, Set.of("6520227", "CN.01-A")).hasValidOccupationCodes());
        assertFalse(details(ResourceType.DOCUMENT, null, Set.of("65 20227")).hasValidOccupationCodes());
        assertFalse(details(ResourceType.DOCUMENT, null, Set.of("<b>")).hasValidOccupationCodes());
    }

    private static ResourceDetails details(ResourceType type, String link, Set<String> codes) {
        return new ResourceDetails("Giáo trình", null, type, codes, null, "vi", Licence.CC_BY, Set.of(), link,
                SharingScope.SCHOOL);
    }
}
