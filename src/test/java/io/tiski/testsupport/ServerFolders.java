package io.tiski.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The first test server's configuration folders (data sources, libraries), copied for another server. */
final class ServerFolders {

    private static final String[] FOLDERS = {"datasource", "caches", "lib"};

    private ServerFolders() {
    }

    /** Copies the folders whole, subfolders included (lib/global holds the live line's library). */
    static void copy(Path firstServer, Path otherServer) {
        for (var folder : FOLDERS) {
            var from = firstServer.resolve(folder);
            try (Stream<Path> paths = Files.walk(from)) {
                for (var path : paths.toList()) {
                    var target = otherServer.resolve(folder).resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
