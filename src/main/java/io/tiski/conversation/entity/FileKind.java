package io.tiski.conversation.entity;

import io.tiski.platform.InvalidInput;
import java.util.Set;

/**
 * What Tiski does with a file of a given type (recognised from its content): a few raster image
 * types are shown inline, programs are refused, everything else is a download. SVG is not among
 * the images: it can carry script.
 */
public final class FileKind {

    private static final Set<String> INLINE_IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    // As Tika names them (checked against tika-core 3.3.1): Windows, ELF and Mach-O programs and libraries.
    private static final Set<String> REFUSED = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-sharedlib", "application/x-object", "application/x-coredump",
            "application/x-elf", "application/x-mach-o", "application/x-mach-o-executable",
            "application/x-mach-o-universal", "application/x-mach-o-dylib", "application/x-mach-o-bundle",
            "application/x-mach-o-object");

    private FileKind() {
    }

    public static boolean isInlineImage(String contentType) {
        return INLINE_IMAGES.contains(contentType);
    }

    /** Programs are not passed between customers and agents, whatever the file is called. */
    public static void requireAccepted(String contentType) {
        if (REFUSED.contains(contentType)) {
            throw new InvalidInput("file", "chat.attachment.type");
        }
    }
}
