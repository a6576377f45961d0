package io.tiski.contact.boundary;

import io.tiski.contact.control.ContactCards;
import io.tiski.contact.control.ContactMerges;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.platform.FacesFailures;
import io.tiski.platform.InvalidInput;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The merge dialog of admin/contacts.xhtml: the two selected cards side by side, field by field,
 * and which of them to keep (see {@link ContactMerges} for what the kept one takes from the other).
 */
@Named
@ViewScoped
public class ContactMergeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One field of both cards; only fields that either card fills are shown. */
    public record FieldRow(String field, String left, String right) implements Serializable {
    }

    @Inject
    ContactCards cards;

    @Inject
    ContactMerges merges;

    @Inject
    ContactsView list;

    @Inject
    CurrentStaff caller;

    private ContactRow left;
    private ContactRow right;
    private List<FieldRow> fields = List.of();
    private Long survivorId;

    /** Opens the dialog when exactly two rows are selected; otherwise says so and keeps it closed. */
    public void open() {
        var selected = list.getSelected();
        if (selected.size() != 2) {
            throw new InvalidInput(null, "contacts.merge.pickTwo");
        }
        long org = caller.organisationId();
        var a = cards.find(org, selected.get(0).id());
        var b = cards.find(org, selected.get(1).id());
        left = ContactRow.of(a, ContactsView.locale());
        right = ContactRow.of(b, ContactsView.locale());
        var leftFields = ContactFields.of(a.details());
        var rightFields = ContactFields.of(b.details());
        var rows = new ArrayList<FieldRow>();
        for (String name : ContactFields.NAMES) {
            if (leftFields.get(name) != null || rightFields.get(name) != null) {
                rows.add(new FieldRow(name, Objects.toString(leftFields.get(name), ""),
                        Objects.toString(rightFields.get(name), "")));
            }
        }
        fields = rows;
        survivorId = left.id();
    }

    public void merge() {
        if (left == null || survivorId == null) {
            return;
        }
        long mergedId = survivorId == left.id() ? right.id() : left.id();
        var survivor = merges.merge(caller.user(), survivorId, mergedId, ContactsView.locale());
        FacesFailures.info("contacts.merged", ContactRow.of(survivor, ContactsView.locale()).name());
        list.setSelected(List.of());
        left = null;
        right = null;
    }

    public ContactRow getLeft() {
        return left;
    }

    public ContactRow getRight() {
        return right;
    }

    public List<FieldRow> getFields() {
        return fields;
    }

    public Long getSurvivorId() {
        return survivorId;
    }

    public void setSurvivorId(Long survivorId) {
        this.survivorId = survivorId;
    }
}
