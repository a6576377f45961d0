package io.tiski.tag.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.platform.FacesFailures;
import io.tiski.tag.control.Tags;
import io.tiski.tag.entity.Tag;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backing bean of admin/tags.xhtml: the organisation's tags, kept by admins and supervisors. */
@Named
@ViewScoped
public class TagsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The colours offered in the dialog; any other #rrggbb may still be picked or typed. */
    private static final String SWATCHES = String.join(",", "#e53935", "#d81b60", "#8e24aa", "#3949ab", "#1e88e5",
            "#00897b", "#43a047", "#c0ca33", "#fdd835", "#fb8c00", "#6d4c41", "#546e7a");

    /** A tag as the table shows it, with how many conversations carry it. */
    public record Row(long id, String name, String colour, boolean retired, long conversations) implements Serializable {
        static Row of(Tag tag, long conversations) {
            // Checked again here because the colour goes into a style attribute: never anything but #rrggbb.
            String colour = Tag.isColour(tag.getColour()) ? tag.getColour() : Tag.DEFAULT_COLOUR;
            return new Row(tag.getId(), tag.getName(), colour, tag.isRetired(), conversations);
        }
    }

    @Inject
    Tags tags;

    @Inject
    CurrentStaff caller;

    private List<Row> rows;

    private Long editedId;
    private String editedName;
    private String editedColour;

    @PostConstruct
    void load() {
        long org = caller.organisationId();
        Map<Long, Long> usage = tags.usage(org);
        rows = tags.list(org).stream().map(tag -> Row.of(tag, usage.getOrDefault(tag.getId(), 0L))).toList();
    }

    public void startNew() {
        editedId = null;
        editedName = null;
        editedColour = Tag.DEFAULT_COLOUR;
    }

    public void edit(Row row) {
        editedId = row.id();
        editedName = row.name();
        editedColour = row.colour();
    }

    public void save() {
        long org = caller.organisationId();
        var tag = editedId == null ? tags.create(org, editedName, editedColour)
                : tags.change(org, editedId, editedName, editedColour);
        FacesFailures.info(editedId == null ? "tag.created" : "tag.saved", tag.getName());
        load();
    }

    public void retire(Row row) {
        act(() -> tags.retire(caller.organisationId(), row.id()), "tag.retiredNow", row);
    }

    public void restore(Row row) {
        act(() -> tags.restore(caller.organisationId(), row.id()), "tag.restored", row);
    }

    private void act(Runnable change, String doneKey, Row row) {
        try {
            change.run();
            FacesFailures.info(doneKey, row.name());
        } finally {
            load();
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getSwatches() {
        return SWATCHES;
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }

    public String getEditedColour() {
        return editedColour;
    }

    public void setEditedColour(String editedColour) {
        this.editedColour = editedColour;
    }
}
