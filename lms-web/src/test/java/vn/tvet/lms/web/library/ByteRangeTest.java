package vn.tvet.lms.web.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static ByteRange part(String header, long size) {
        return assertInstanceOf(ByteRange.Part.class, ByteRange.parse(header, size)).range();
    }

    @Test
    void singleRangesForSeeking() {
        assertEquals(new ByteRange(0, 499), part("bytes=0-499", 1000));
        assertEquals(new ByteRange(500, 999), part("bytes=500-", 1000));
        assertEquals(new ByteRange(900, 999), part("bytes=-100", 1000));
        assertEquals(new ByteRange(0, 999), part("bytes=-5000", 1000), "a suffix longer than the file is all of it");
        assertEquals(new ByteRange(990, 999), part("bytes=990-5000", 1000), "the end is clipped to the file");
        assertEquals("bytes 0-499/1000", part("bytes=0-499", 1000).contentRange(1000));
        assertEquals(500, part("bytes=0-499", 1000).length());
    }

    @Test
    void rangesPastTheEndAreUnsatisfiable() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=1000-", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=5000-6000", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=-0", 1000));
    }

    @Test
    void severalMalformedOrAbsentRangesMeanTheWholeFile() {
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse(null, 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse("bytes=0-1,1-2,0-999", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse("bytes=500-100", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse("items=0-10", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse("bytes=-", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse("bytes=99999999999999999999-", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse("bytes=abc-def", 1000));
    }
}
