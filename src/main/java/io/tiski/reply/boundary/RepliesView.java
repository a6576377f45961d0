package io.tiski.reply.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.platform.FacesFailures;
import io.tiski.queue.control.Queues;
import io.tiski.queue.entity.Queue;
import io.tiski.reply.control.CannedReplies;
import io.tiski.reply.entity.CannedReply;
import io.tiski.reply.entity.ReplyContent;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Backing bean of admin/replies.xhtml: the organisation-wide canned replies of the admin's organisation. */
@Named
@ViewScoped
public class RepliesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A reply as the table shows it; {@code queueName} is null for a reply of every queue. */
    public record Row(long id, String keyword, String title, String text, Long queueId, String queueName)
            implements Serializable {
        static Row of(CannedReply reply, Map<Long, String> queueNames) {
            return new Row(reply.getId(), reply.getKeyword(), reply.getTitle(), reply.getText(), reply.getQueueId(),
                    reply.getQueueId() == null ? null : queueNames.get(reply.getQueueId()));
        }
    }

    @Inject
    CannedReplies replies;

    @Inject
    Queues queues;

    @Inject
    CurrentStaff caller;

    private List<Row> rows;
    private List<SelectItem> queueChoices;

    // The reply in the dialog; editedId null while it is a new one.
    private Long editedId;
    private String editedKeyword;
    private String editedTitle;
    private String editedText;
    private Long editedQueueId;

    @PostConstruct
    void load() {
        long org = caller.organisationId();
        var organisationQueues = queues.list(org);
        Map<Long, String> queueNames = organisationQueues.stream().collect(Collectors.toMap(Queue::getId, Queue::getName));
        rows = replies.shared(org).stream().map(reply -> Row.of(reply, queueNames)).toList();
        queueChoices = organisationQueues.stream().map(queue -> new SelectItem(queue.getId(), queue.getName())).toList();
    }

    public void startNew() {
        fill(null, null, null, null, null);
    }

    public void edit(Row row) {
        fill(row.id(), row.keyword(), row.title(), row.text(), row.queueId());
    }

    private void fill(Long id, String keyword, String title, String text, Long queueId) {
        editedId = id;
        editedKeyword = keyword;
        editedTitle = title;
        editedText = text;
        editedQueueId = queueId;
    }

    public void save() {
        long org = caller.organisationId();
        var content = new ReplyContent(editedKeyword, editedTitle, editedText);
        var reply = editedId == null
                ? replies.createShared(org, editedQueueId, content)
                : replies.updateShared(org, editedId, editedQueueId, content);
        FacesFailures.info(editedId == null ? "reply.created" : "reply.saved", reply.getKeyword());
        load();
    }

    public void delete(Row row) {
        try {
            replies.deleteShared(caller.organisationId(), row.id());
            FacesFailures.info("reply.deleted", row.keyword());
        } finally {
            load();
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<SelectItem> getQueueChoices() {
        return queueChoices;
    }

    public String getEditedKeyword() {
        return editedKeyword;
    }

    public void setEditedKeyword(String editedKeyword) {
        this.editedKeyword = editedKeyword;
    }

    public String getEditedTitle() {
        return editedTitle;
    }

    public void setEditedTitle(String editedTitle) {
        this.editedTitle = editedTitle;
    }

    public String getEditedText() {
        return editedText;
    }

    public void setEditedText(String editedText) {
        this.editedText = editedText;
    }

    public Long getEditedQueueId() {
        return editedQueueId;
    }

    public void setEditedQueueId(Long editedQueueId) {
        this.editedQueueId = editedQueueId;
    }
}
