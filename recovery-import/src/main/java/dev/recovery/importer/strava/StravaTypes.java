package dev.recovery.importer.strava;

import dev.recovery.importer.activity.ActivityKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a Strava activity type to what the log holds: Run, Trail Run, Virtual Run to a
 * run; Ride, Virtual Ride to bike; Swim; Elliptical; Walk, Hike to walk; Weight Training, Workout to
 * strength; Yoga. Everything else (Kayaking, Alpine Ski, ...) is skipped and counted by type.
 * Translated exports may name types in the runner's language; the common ones are recognised too.
 */
public final class StravaTypes {

    /** Translated type names seen in non-English exports, mapped to Strava's English names. */
    private static final Map<String, String> TRANSLATED = Map.ofEntries(
            Map.entry("course à pied", "Run"), Map.entry("course", "Run"), Map.entry("trail", "Trail Run"),
            Map.entry("vélo", "Ride"), Map.entry("natation", "Swim"), Map.entry("marche", "Walk"),
            Map.entry("randonnée", "Hike"), Map.entry("musculation", "Weight Training"), Map.entry("entraînement", "Workout"),
            Map.entry("lauf", "Run"), Map.entry("laufen", "Run"), Map.entry("radfahrt", "Ride"), Map.entry("radfahren", "Ride"),
            Map.entry("schwimmen", "Swim"), Map.entry("spaziergang", "Walk"), Map.entry("wanderung", "Hike"),
            Map.entry("krafttraining", "Weight Training"), Map.entry("carrera", "Run"), Map.entry("ciclismo", "Ride"),
            Map.entry("natación", "Swim"), Map.entry("caminata", "Walk"), Map.entry("senderismo", "Hike"),
            Map.entry("corsa", "Run"), Map.entry("giro in bici", "Ride"), Map.entry("nuoto", "Swim"),
            Map.entry("camminata", "Walk"), Map.entry("escursionismo", "Hike"), Map.entry("hardlopen", "Run"),
            Map.entry("fietsrit", "Ride"), Map.entry("zwemmen", "Swim"), Map.entry("wandeling", "Walk"),
            Map.entry("corrida", "Run"), Map.entry("pedalada", "Ride"), Map.entry("natação", "Swim"),
            Map.entry("caminhada", "Walk"));

    private StravaTypes() {
    }

    /** The kind for a Strava type, or empty to skip it. */
    public static Optional<ActivityKind> kind(String stravaType) {
        String t = stravaType.strip();
        String english = TRANSLATED.getOrDefault(t.toLowerCase(Locale.ROOT), t);
        return ActivityKind.forType(english).filter(k -> !isRunSubtypeWord(english));
    }

    /**
     * A runner's CSV may say {@code tempo} or {@code race}; Strava never does, and a Strava type
     * called "Race" or "Long" is not a run type, so those words are not read as runs here.
     */
    private static boolean isRunSubtypeWord(String type) {
        switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "easy": case "long": case "tempo": case "intervals": case "interval": case "marathon-pace":
            case "marathonpace": case "mp": case "recovery": case "race": case "treadmill": case "bike": case "strength":
                return true;
            default:
                return false;
        }
    }
}
