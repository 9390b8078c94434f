package dev.recovery.plans.export;

import dev.recovery.core.unit.Checks;
import java.util.regex.Pattern;

/**
 * Who a calendar export says made it: the product name in the calendar's {@code PRODID} and the
 * domain that makes every event's {@code UID} globally unique (RFC 5545 sections 3.7.3 and 3.8.4.7).
 * An application that embeds the library puts its own name and domain here, so its calendars are not
 * attributed to the recovery console and its events never collide with the console's.
 *
 * <p>Keep an identity stable: calendar apps match re-exported events by UID, and a changed domain
 * turns every event of an imported plan into a duplicate.
 *
 * @param productName the product's name, e.g. {@code Runner's recovery console}; not blank, one line,
 *                    without {@code //} (the separator of a PRODID)
 * @param uidDomain   the domain after {@code @} in every UID, e.g. {@code recovery-console} or
 *                    {@code example.org}: letters, digits, dots and hyphens
 * @since 0.1.0
 */
public record CalendarIdentity(String productName, String uidDomain) {

    /** Checked before {@link #DEFAULT} is built: static fields initialise in order. */
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");

    /** The console's own identity: the PRODID and UIDs its calendars have always had. */
    public static final CalendarIdentity DEFAULT = new CalendarIdentity("Runner's recovery console", "recovery-console");

    /** @throws dev.recovery.core.unit.ValidationException if a part is missing or not allowed */
    public CalendarIdentity {
        Checks.required("product name", productName, "the name of the product that makes the calendar");
        if (productName.isBlank() || productName.contains("//") || productName.chars().anyMatch(Character::isISOControl)) {
            throw Checks.invalid("product name", productName, "one line of text without '//'");
        }
        Checks.required("uid domain", uidDomain, "a domain such as example.org");
        if (!DOMAIN.matcher(uidDomain).matches()) {
            throw Checks.invalid("uid domain", uidDomain, "letters, digits, dots and hyphens, such as example.org");
        }
    }

    /**
     * An identity for {@code productName} and {@code uidDomain}.
     *
     * @param productName the product's name
     * @param uidDomain   the domain for UIDs
     * @return the identity
     * @throws dev.recovery.core.unit.ValidationException if a part is missing or not allowed
     */
    public static CalendarIdentity of(String productName, String uidDomain) {
        return new CalendarIdentity(productName, uidDomain);
    }

    /**
     * The calendar's product identifier.
     *
     * @return e.g. {@code -//Runner's recovery console//Marathon plan//EN}
     */
    public String prodId() {
        return "-//" + productName + "//Marathon plan//EN";
    }
}
