package io.tiski.chat.control;

import io.tiski.conversation.entity.Attachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;

/**
 * Taking in one uploaded file: check the uploader may send files, copy the bytes into the store
 * with no transaction open (a 20 MB upload takes a while), then record it. A file whose record
 * fails is deleted again, so nothing half-stored remains.
 */
@ApplicationScoped
public class Uploads {

    @Inject
    Attachments attachments;

    @Inject
    FileStore files;

    public Attachment upload(Attachments.Uploader uploader, String originalName, InputStream content) {
        attachments.requireMayUpload(uploader);
        var stored = files.store(content);
        try {
            return attachments.record(uploader, stored, originalName);
        } catch (RuntimeException e) {
            files.delete(stored.name());
            throw e;
        }
    }
}
