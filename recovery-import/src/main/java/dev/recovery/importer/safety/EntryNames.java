package dev.recovery.importer.safety;

import java.util.regex.Pattern;

/**
 * Refuses file names that could escape the export: absolute paths ({@code /etc/passwd},
 * {@code C:\...}), parent steps ({@code ../}) and NUL characters ("zip slip"). The importer never
 * writes files, but a name like that in an export is a sign of a crafted archive, so the whole
 * import stops.
 *
 * @since 0.1.0
 */
public final class EntryNames {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private EntryNames() {
    }

    /**
     * Returns {@code name} if it is a safe relative path.
     *
     * @param container the archive or folder, for the message
     * @param location  where the name was found (e.g. {@code line 12}), or empty
     * @throws ImportException naming the container and the name
     */
    public static String requireSafe(String container, String location, String name) {
        String problem = null;
        if (name.isEmpty()) {
            problem = "an empty file name";
        } else if (name.indexOf('\0') >= 0) {
            problem = "a file name containing a NUL character";
        } else if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()) {
            problem = "the absolute path '" + name + "'";
        } else {
            for (String part : name.split("[/\\\\]")) {
                if (part.equals("..")) {
                    problem = "the path '" + name + "', which climbs out of the export with ../";
                    break;
                }
            }
        }
        if (problem != null) {
            throw new ImportException(container, location, "refused " + problem + "; an export only holds relative paths inside it");
        }
        return name;
    }
}
