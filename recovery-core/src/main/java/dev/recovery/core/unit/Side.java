package dev.recovery.core.unit;

/**
 * Which side of the body hurts. {@link #BOTH} means symmetrical, one of the marks of ordinary soreness.
 *
 * @since 0.1.0
 */
public enum Side {
    /** Left side only. */
    LEFT,
    /** Right side only. */
    RIGHT,
    /** Both sides alike: symmetrical. */
    BOTH;

    /**
     * Parses {@code left}, {@code right} or {@code both} (also {@code l}, {@code r}, {@code b}).
     *
     * @throws IllegalArgumentException naming {@code side}, the text and the accepted values
     */
    public static Side parse(String text) {
        if (text != null) {
            switch (Checks.normalise(text)) {
                case "l":
                    return LEFT;
                case "r":
                    return RIGHT;
                case "b", "bilateral", "symmetrical":
                    return BOTH;
                default:
                    break;
            }
        }
        return Checks.parseEnum("side", text, Side.class);
    }

    /** The id shown to users: {@code left}, {@code right}, {@code both}. */
    public String id() {
        return Checks.id(this);
    }
}
