package io.tiski.platform;

import jakarta.faces.model.SelectItem;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The time zones an admin chooses from: the current zone names of the tz database, each labelled
 * with its city, its name in the admin's language and its offset now, e.g. "Helsinki
 * (Europe/Helsinki) – Eastern European Time, UTC+02:00"; ordered by offset, then city.
 */
public final class TimeZoneChoices {

    // Zones named by region and city, and UTC. The rest of the JDK's ids are legacy: "EST5EDT", "SystemV/AST4",
    // "US/Eastern", "Etc/GMT+5" (whose sign is the reverse of what it says), single words like "Cuba".
    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");

    // Old names the tz database keeps as links to the current ones ("backward"): the best known, so
    // that a search finds one Kyiv and one Kolkata.
    private static final Set<String> RENAMED = Set.of("Africa/Asmera", "Africa/Timbuktu", "America/Argentina/ComodRivadavia",
            "America/Atka", "America/Buenos_Aires", "America/Catamarca", "America/Cordoba", "America/Ensenada",
            "America/Fort_Wayne", "America/Godthab", "America/Indianapolis", "America/Jujuy", "America/Knox_IN",
            "America/Louisville", "America/Mendoza", "America/Porto_Acre", "America/Rosario", "America/Santa_Isabel",
            "America/Shiprock", "America/Virgin", "Antarctica/South_Pole", "Asia/Ashkhabad", "Asia/Calcutta",
            "Asia/Chongqing", "Asia/Chungking", "Asia/Dacca", "Asia/Harbin", "Asia/Istanbul", "Asia/Kashgar",
            "Asia/Katmandu", "Asia/Macao", "Asia/Rangoon", "Asia/Saigon", "Asia/Tel_Aviv", "Asia/Thimbu",
            "Asia/Ujung_Pandang", "Asia/Ulan_Bator", "Atlantic/Faeroe", "Atlantic/Jan_Mayen", "Australia/ACT",
            "Australia/Canberra", "Australia/LHI", "Australia/NSW", "Australia/North", "Australia/Queensland",
            "Australia/South", "Australia/Tasmania", "Australia/Victoria", "Australia/West", "Australia/Yancowinna",
            "Europe/Belfast", "Europe/Kiev", "Europe/Nicosia", "Europe/Tiraspol", "Europe/Uzhgorod", "Europe/Zaporozhye",
            "Pacific/Enderbury", "Pacific/Johnston", "Pacific/Ponape", "Pacific/Samoa", "Pacific/Truk", "Pacific/Yap");

    private static final List<String> CURRENT = ZoneId.getAvailableZoneIds().stream()
            .filter(TimeZoneChoices::isCurrent).sorted().toList();

    private TimeZoneChoices() {
    }

    public static boolean isCurrent(String id) {
        if (id.equals("UTC")) {
            return true;
        }
        int slash = id.indexOf('/');
        return slash > 0 && REGIONS.contains(id.substring(0, slash)) && !RENAMED.contains(id);
    }

    /** The choices in the admin's language; {@code chosen}, if set and not current, is kept in the list. */
    public static List<SelectItem> of(Locale locale, Instant now, String chosen) {
        var ids = chosen == null || chosen.isBlank() || CURRENT.contains(chosen)
                ? CURRENT.stream() : Stream.concat(CURRENT.stream(), Stream.of(chosen));
        return ids.filter(TimeZoneChoices::exists)
                .map(id -> ZoneId.of(id))
                .sorted(Comparator.comparingInt((ZoneId zone) -> zone.getRules().getOffset(now).getTotalSeconds())
                        .thenComparing(TimeZoneChoices::city))
                .map(zone -> new SelectItem(zone.getId(), label(zone, locale, now)))
                .toList();
    }

    public static String label(ZoneId zone, Locale locale, Instant now) {
        ZoneOffset offset = zone.getRules().getOffset(now);
        return UiText.get(locale, "schedule.timeZone.choice", city(zone), zone.getId(),
                zone.getDisplayName(TextStyle.FULL, locale), offset.getTotalSeconds() == 0 ? "" : offset.getId());
    }

    private static String city(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    private static boolean exists(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (RuntimeException unknown) {
            return false;
        }
    }
}
