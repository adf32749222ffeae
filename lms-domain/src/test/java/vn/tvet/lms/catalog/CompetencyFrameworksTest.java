package vn.tvet.lms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mapping rule modules and programmes share, over two framework versions held in memory. */
class CompetencyFrameworksTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private final CompetencyFramework electrical = framework(1, 100, "DCN", "A1", "A1.1", "A1.2");
    private final CompetencyFramework digital = framework(2, 200, "NLS", "D1", "D1.1");
    private final CompetencyFrameworks frameworks = new CompetencyFrameworks() {
        @Override
        public Optional<CompetencyFramework> find(long id) {
            return Optional.ofNullable(Map.of(1L, electrical, 2L, digital).get(id));
        }
    };

    @Test
    void theChosenItemsReplaceThatFrameworksMappingAndOthersStay() {
        Set<Long> mapped = Set.of(100L, 101L, 200L);
        assertEquals(Set.of(102L, 200L), frameworks.remapWithin(1, mapped, Set.of(102L)),
                "A1 and A1.1 are unticked in the electrical tree; the digital competency stays");
        assertEquals(Set.of(200L), frameworks.remapWithin(1, mapped, Set.of()), "nothing ticked clears only that tree");
        assertEquals(Set.of(100L, 101L, 201L), frameworks.remapWithin(2, mapped, Set.of(201L)));
    }

    @Test
    void anItemOfAnotherFrameworkCannotBeChosenInThisOne() {
        assertThrows(IllegalArgumentException.class, () -> frameworks.remapWithin(1, Set.of(), Set.of(200L)));
        assertThrows(FrameworkNotFoundException.class, () -> frameworks.remapWithin(9, Set.of(), Set.of()));
    }

    /** A framework whose items get ids from {@code firstItemId} in order. */
    private static CompetencyFramework framework(long id, long firstItemId, String code, String unit,
            String... elements) {
        List<FrameworkDraft.Item> items = new java.util.ArrayList<>();
        items.add(new FrameworkDraft.Item("u", null, CompetencyKind.UNIT, unit, "Đơn vị " + unit, 3, 0));
        for (int i = 0; i < elements.length; i++) {
            items.add(new FrameworkDraft.Item("e" + i, "u", CompetencyKind.ELEMENT, elements[i], "Thành phần", null, i));
        }
        CompetencyFramework framework = CompetencyFramework.of(new FrameworkDraft("urn:" + code, code, "Khung " + code,
                "1", "Mạng lưới", false, false, items), NOW);
        setId(framework, id);
        long next = firstItemId;
        for (CompetencyItem item : framework.getItems()) {
            setId(item, next++);
        }
        return framework;
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
