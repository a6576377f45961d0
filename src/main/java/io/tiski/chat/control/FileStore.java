package io.tiski.chat.control;

import io.tiski.platform.InvalidInput;
import io.tiski.platform.TooLarge;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bytes of attachments, in a directory outside the web root ({@code tiski.files.dir}, by
 * default the server's output directory). Files get generated names: nothing a user typed ever
 * becomes part of a path. Several servers need this directory on shared storage.
 */
@ApplicationScoped
public class FileStore {

    /** The largest file accepted, in bytes (20 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_MEGABYTES = 20;

    // Magic bytes only: the file's name is not passed, so "photo.png" holding HTML is HTML.
    private static final Tika DETECTOR = new Tika();

    @Inject
    @ConfigProperty(name = "tiski.files.dir")
    String directory;

    private Path root;

    /** What was stored: its generated name, size, and type as recognised from the content. */
    public record StoredFile(String name, long size, String contentType) {
    }

    @PostConstruct
    void prepare() {
        root = Path.of(directory).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store " + root, e);
        }
    }

    /** Refuses an upload that announces more than the limit, before a byte of it is read. */
    public static void requireWithinLimit(Long announcedLength) {
        if (announcedLength != null && announcedLength > MAX_BYTES) {
            throw new TooLarge("file", "chat.attachment.tooLarge", MAX_MEGABYTES);
        }
    }

    /**
     * Copies the stream into the store, refusing it (and keeping nothing) once it passes
     * {@link #MAX_BYTES}, so an oversized upload never fills the disk.
     */
    public StoredFile store(InputStream content) {
        String name = UUID.randomUUID().toString();
        Path partial = root.resolve(name + ".part");
        try {
            long size = copyAtMost(content, partial);
            // The base type only: "application/x-msdownload; format=pe" is a Windows program.
            String type = DETECTOR.detect(partial).split(";", 2)[0].strip();
            Files.move(partial, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(name, size, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static long copyAtMost(InputStream content, Path target) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            for (int read; (read = content.read(buffer)) != -1; ) {
                size += read;
                if (size > MAX_BYTES) {
                    throw new TooLarge("file", "chat.attachment.tooLarge", MAX_MEGABYTES);
                }
                out.write(buffer, 0, read);
            }
        }
        if (size == 0) {
            throw new InvalidInput("file", "chat.attachment.empty");
        }
        return size;
    }

    public InputStream open(String storedName) throws IOException {
        return Files.newInputStream(pathOf(storedName));
    }

    public void delete(String storedName) {
        deleteQuietly(pathOf(storedName));
    }

    private Path pathOf(String storedName) {
        // Names are ours (UUIDs); the check only guards against a corrupted row.
        var path = root.resolve(storedName).normalize();
        if (!path.getParent().equals(root)) {
            throw new IllegalArgumentException("Not a stored file name: " + storedName);
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A file left behind costs disk space only, never correctness.
        }
    }
}
