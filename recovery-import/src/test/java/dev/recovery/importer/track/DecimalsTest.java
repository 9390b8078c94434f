package dev.recovery.importer.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The fast decimal parser gives exactly what {@link Double#parseDouble} gives, also where its own
 * shortcut must give way: more than 15 significant digits, more than 15 decimals, exponents.
 */
class DecimalsTest {

    private static void same(String text) {
        assertEquals(Double.parseDouble(text.strip()), Decimals.parse(text), text);
    }

    private static void refused(String text) {
        assertThrows(NumberFormatException.class, () -> Decimals.parse(text), text);
    }

    @Test
    void aFractionWithoutAWholePartIsRead() {
        assertEquals(0.5, Decimals.parse(".5"));
        assertEquals(-0.25, Decimals.parse("-.25"));
        assertEquals(0.125, Decimals.parse("+.125"));
    }

    @Test
    void wholeNumbersAndATrailingPointAreRead() {
        assertEquals(45, Decimals.parse("45"));
        assertEquals(45, Decimals.parse("45."));
        assertEquals(-7, Decimals.parse("-7"));
        assertEquals(0, Decimals.parse("0"));
        assertEquals(100, Decimals.parse("100"));
        assertEquals(0.05, Decimals.parse("0.05"));
    }

    @Test
    void sixteenSignificantDigitsAreRoundedAsParseDoubleRoundsThem() {
        // 9999999999999999 is no exact double: the shortcut would round it to 1e16 first and give 10.
        same("9.999999999999999");
        same("-9.999999999999999");
        same("1234567.891234567");
    }

    @Test
    void longWholeNumbersAreRead() {
        same("123000000000000000000");
        same("100000000000000000001");
        same("12345678901234567890.5");
    }

    @Test
    void fifteenSignificantDigitsTakeTheShortcutExactly() {
        same("123456789012345");
        same("12345678.9012345");
        same("0.000000123456789012345");
    }

    @Test
    void moreThanFifteenDecimalsAreRead() {
        same("0.0000000000000001");
        same("0.1000000000000001");
    }

    @Test
    void leadingZerosAreNoSignificantDigits() {
        same("0000000000000000000045.5");
        same("-00000000000000000000.000000000001");
    }

    @Test
    void exponentsAndBlanksGoToTheGeneralParser() {
        assertEquals(400_000, Decimals.parse("4e5"));
        assertEquals(1.5e-3, Decimals.parse("1.5E-3"));
        assertEquals(45.5, Decimals.parse(" 45.5 "));
    }

    @Test
    void textWithoutDigitsIsRefused() {
        refused("");
        refused(".");
        refused("-.");
        refused("+");
        refused("-");
    }

    @Test
    void aSecondPointIsRefused() {
        refused("5..");
        refused("1..5");
        refused("1.2.3");
    }
}
