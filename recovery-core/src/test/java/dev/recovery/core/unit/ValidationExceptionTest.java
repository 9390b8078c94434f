package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void aRangeCheckNamesTheFieldTheValueAndWhatIsAllowed() {
        ValidationException e = assertThrows(ValidationException.class, () -> Checks.inRange("pain", 11, 0, 10));
        assertEquals("pain", e.field());
        assertEquals("11", e.value());
        assertEquals("a whole number from 0 to 10", e.allowed());
        assertEquals("pain: 11 is not allowed; expected a whole number from 0 to 10", e.getMessage());
    }

    @Test
    void aMissingValueIsTheSameKindOfRefusalWithNoValue() {
        ValidationException e = assertThrows(ValidationException.class, () -> Checks.required("date", null, "a date"));
        assertEquals("date", e.field());
        assertNull(e.value());
        assertEquals("date: nothing is not allowed; expected a date", e.getMessage());
    }

    @Test
    void textTheUserTypedIsShownInQuotes() {
        ValidationException e = assertThrows(ValidationException.class, () -> Checks.parseEnum("units", "furlongs", DistanceUnit.class));
        assertEquals("'furlongs'", e.value());
    }

    @Test
    void distanceParsingRefusesWithTheFieldItWasGivenFor() {
        ValidationException e = assertThrows(ValidationException.class, () -> Distance.parse("peak-weekly", "55"));
        assertEquals("peak-weekly", e.field());
    }
}
