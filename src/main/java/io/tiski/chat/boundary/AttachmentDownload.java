package io.tiski.chat.boundary;

import io.tiski.chat.control.FileStore;
import io.tiski.conversation.entity.Attachment;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A stored file as an HTTP answer, always a download: the browser never renders it as a page and
 * never guesses its type, so an uploaded HTML or SVG file cannot run script on Tiski's origin.
 * Raster images keep their type (an {@code <img>} shows them); everything else is sent as bytes.
 */
final class AttachmentDownload {

    private AttachmentDownload() {
    }

    static Response of(Attachment attachment, FileStore files) {
        StreamingOutput body = out -> {
            try (var in = files.open(attachment.getStoredName())) {
                in.transferTo(out);
            }
        };
        String type = attachment.isImage() ? attachment.getContentType() : MediaType.APPLICATION_OCTET_STREAM;
        return Response.ok(body, type)
                .header(HttpHeaders.CONTENT_LENGTH, attachment.getSizeBytes())
                .header("Content-Disposition", disposition(attachment.getOriginalName()))
                // Stricter than every other answer's policy (SecurityHeadersFilter, which also sets nosniff):
                // a file opened in the browser runs nothing and loads nothing.
                .header("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .build();
    }

    /** Both forms: a plain ASCII name for old clients, the exact UTF-8 name for the rest (RFC 6266). */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
