package io.tiski.conversation.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser and operating system in a User-Agent header, in the words an agent uses ("Firefox
 * 132", "Android 14"), for the desk's technical details. Only the common families are named; the
 * full header stays available for the rest. A part that cannot be told is null.
 */
public record UserAgent(String browser, String system) {

    private record Family(String name, Pattern pattern) {
    }

    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    private static final List<Family> BROWSERS = List.of(
            new Family("Edge", Pattern.compile("Edg(?:e|A|iOS)?/(\\d+)")),
            new Family("Opera", Pattern.compile("OPR/(\\d+)")),
            new Family("Samsung Internet", Pattern.compile("SamsungBrowser/(\\d+)")),
            new Family("Firefox", Pattern.compile("(?:Firefox|FxiOS)/(\\d+)")),
            new Family("Headless Chrome", Pattern.compile("HeadlessChrome/(\\d+)")),
            new Family("Chrome", Pattern.compile("(?:Chrome|CriOS)/(\\d+)")),
            new Family("Safari", Pattern.compile("Version/(\\d+)(?:\\.\\d+)*.*Safari/")));

    private static final Pattern IOS = Pattern.compile("(?:iPhone|CPU) OS (\\d+)(?:_(\\d+))?");
    private static final Pattern ANDROID = Pattern.compile("Android (\\d+(?:\\.\\d+)?)");
    private static final Pattern WINDOWS = Pattern.compile("Windows NT (\\d+\\.\\d+)");

    public static UserAgent of(String header) {
        if (header == null || header.isBlank()) {
            return new UserAgent(null, null);
        }
        return new UserAgent(browserIn(header), systemIn(header));
    }

    private static String browserIn(String header) {
        for (var family : BROWSERS) {
            Matcher match = family.pattern().matcher(header);
            if (match.find()) {
                return family.name() + " " + match.group(1);
            }
        }
        return null;
    }

    private static String systemIn(String header) {
        Matcher match = IOS.matcher(header);
        if (match.find()) {
            String name = header.contains("iPad") ? "iPadOS " : "iOS ";
            return name + match.group(1) + (match.group(2) == null ? "" : "." + match.group(2));
        }
        match = ANDROID.matcher(header);
        if (match.find()) {
            return "Android " + match.group(1);
        }
        match = WINDOWS.matcher(header);
        if (match.find()) {
            return windows(match.group(1));
        }
        if (header.contains("CrOS")) {
            return "ChromeOS";
        }
        if (header.contains("Mac OS X") || header.contains("Macintosh")) {
            return "macOS";
        }
        return header.contains("Linux") ? "Linux" : null;
    }

    /** Windows 11 still sends "NT 10.0", so the two are one name here. */
    private static String windows(String version) {
        return switch (version) {
            case "10.0" -> "Windows 10/11";
            case "6.3" -> "Windows 8.1";
            case "6.2" -> "Windows 8";
            case "6.1" -> "Windows 7";
            default -> "Windows NT " + version;
        };
    }
}
