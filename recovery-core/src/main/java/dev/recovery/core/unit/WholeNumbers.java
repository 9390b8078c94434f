package dev.recovery.core.unit;

/** Parses the whole numbers runners type for scores, with the standard error message. */
final class WholeNumbers {

    private WholeNumbers() {
    }

    static int parse(String field, String text, String optionalSuffix, int min, int max) {
        String t = text == null ? "" : text.strip();
        if (t.endsWith(optionalSuffix)) {
            t = t.substring(0, t.length() - optionalSuffix.length()).strip();
        }
        if (!t.matches("-?\\d{1,9}")) {
            throw Checks.invalid(field, text, "a whole number from " + min + " to " + max);
        }
        return Checks.inRange(field, Integer.parseInt(t), min, max);
    }
}
