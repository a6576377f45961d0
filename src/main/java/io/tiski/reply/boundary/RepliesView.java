package io.tiski.reply.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.FacesFailures;
import io.tiski.queue.control.Queues;
import io.tiski.queue.entity.Queue;
import io.tiski.reply.control.CannedReplies;
import io.tiski.reply.entity.CannedReply;
import io.tiski.reply.entity.ReplyContent;
import io.tiski.reply.entity.ReplyVersion;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Backing bean of admin/replies.xhtml: the organisation-wide canned replies of the admin's organisation. */
@Named
@ViewScoped
public class RepliesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A reply as the table shows it; {@code queueName} is null for a reply of every queue,
     * {@code versionNames} names the languages of its versions, in the admin's language.
     */
    public record Row(long id, String keyword, String title, String text, String language, List<ReplyVersion> versions,
                      String versionNames, Long queueId, String queueName) implements Serializable {
        static Row of(CannedReply reply, Map<Long, String> queueNames, Locale shownIn) {
            var versions = reply.getVersions();
            String versionNames = versions.stream().map(version -> languageName(version.language(), shownIn))
                    .collect(Collectors.joining(", "));
            return new Row(reply.getId(), reply.getKeyword(), reply.getTitle(), reply.getText(), reply.getLanguage(),
                    versions, versionNames, reply.getQueueId(),
                    reply.getQueueId() == null ? null : queueNames.get(reply.getQueueId()));
        }
    }

    /** A language version as the dialog edits it. */
    public static final class EditedVersion implements Serializable {

        private static final long serialVersionUID = 1L;

        private String language;
        private String text;

        EditedVersion(String language, String text) {
            this.language = language;
            this.text = text;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
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
    private List<SelectItem> languageChoices;

    // The reply in the dialog; editedId null while it is a new one.
    private Long editedId;
    private String editedKeyword;
    private String editedTitle;
    private String editedText;
    private Long editedQueueId;
    private String editedLanguage;
    private List<EditedVersion> editedVersions = new ArrayList<>();

    @PostConstruct
    void load() {
        long org = caller.organisationId();
        Locale shownIn = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        var organisationQueues = queues.list(org);
        Map<Long, String> queueNames = organisationQueues.stream().collect(Collectors.toMap(Queue::getId, Queue::getName));
        rows = replies.shared(org).stream().map(reply -> Row.of(reply, queueNames, shownIn)).toList();
        queueChoices = organisationQueues.stream().map(queue -> new SelectItem(queue.getId(), queue.getName())).toList();
        languageChoices = StaffUser.LANGUAGES.stream()
                .map(tag -> new SelectItem(tag, languageName(tag, shownIn))).toList();
    }

    /** "Finnish", "Suomi", "Finska", "Finština": as a list shows it, capitalised in every language. */
    public static String languageName(String tag, Locale shownIn) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(shownIn);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(shownIn) + name.substring(1);
    }

    public void startNew() {
        fill(null, null, null, null, null, null, List.of());
    }

    public void edit(Row row) {
        fill(row.id(), row.keyword(), row.title(), row.text(), row.queueId(), row.language(), row.versions());
    }

    private void fill(Long id, String keyword, String title, String text, Long queueId, String language,
                      List<ReplyVersion> versions) {
        editedId = id;
        editedKeyword = keyword;
        editedTitle = title;
        editedText = text;
        editedQueueId = queueId;
        editedLanguage = language;
        editedVersions = new ArrayList<>(versions.stream()
                .map(version -> new EditedVersion(version.language(), version.text())).toList());
    }

    /** Adds an empty version in the first language the reply has no text in yet. */
    public void addVersion() {
        String unused = StaffUser.LANGUAGES.stream()
                .filter(tag -> !tag.equals(editedLanguage))
                .filter(tag -> editedVersions.stream().noneMatch(version -> tag.equals(version.getLanguage())))
                .findFirst().orElse(StaffUser.LANGUAGES.get(0));
        editedVersions.add(new EditedVersion(unused, null));
    }

    public void removeVersion(int index) {
        if (index >= 0 && index < editedVersions.size()) {
            editedVersions.remove(index);
        }
    }

    public void save() {
        long org = caller.organisationId();
        var versions = editedVersions.stream()
                .map(version -> new ReplyVersion(version.getLanguage(), version.getText())).toList();
        var content = new ReplyContent(editedKeyword, editedTitle, editedText, editedLanguage, versions);
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

    public List<SelectItem> getLanguageChoices() {
        return languageChoices;
    }

    public String getEditedLanguage() {
        return editedLanguage;
    }

    public void setEditedLanguage(String editedLanguage) {
        this.editedLanguage = editedLanguage;
    }

    public List<EditedVersion> getEditedVersions() {
        return editedVersions;
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
