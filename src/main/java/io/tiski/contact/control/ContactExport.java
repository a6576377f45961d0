package io.tiski.contact.control;

import io.tiski.contact.entity.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * All of an organisation's cards as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8),
 * one header row with the REST field names, which the CSV import reads back. Streamed a page at a
 * time in id order, so a million cards never sit in memory at once.
 */
@ApplicationScoped
// No transaction: each page's query then has a persistence context of its own, dropped when the
// query returns; inside one transaction every card read would stay managed until the end.
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ContactExport {

    public static final List<String> HEADER = List.of("firstName", "lastName", "workingTitle", "organisation",
            "department", "streetName", "streetNumber", "zipCode", "zipLocation", "email1", "email1Label", "email2",
            "email2Label", "phone1", "phone1Label", "phone2", "phone2Label", "verified");

    static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    public void write(long organisationId, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (var csv = new CSVPrinter(writer, format)) {
            long after = 0;
            List<Contact> page;
            do {
                page = page(organisationId, after);
                for (var contact : page) {
                    var d = contact.details();
                    csv.printRecord(Stream.of(d.firstName(), d.lastName(), d.workingTitle(), d.organisation(),
                            d.department(), d.streetName(), d.streetNumber(), d.zipCode(), d.zipLocation(), d.email1(),
                            d.email1Label(), d.email2(), d.email2Label(), d.phone1(), d.phone1Label(), d.phone2(),
                            d.phone2Label(), String.valueOf(contact.isVerified())).map(SpreadsheetCells::written));
                    after = contact.getId();
                }
            } while (page.size() == PAGE);
        }
    }

    /** Keyset paging (id greater than the last one written) on idx_contacts_org_id: no offset to skip. */
    private List<Contact> page(long organisationId, long afterId) {
        return em.createQuery("select c from Contact c where c.organisationId = :org and c.id > :after"
                        + " order by c.id", Contact.class)
                .setParameter("org", organisationId)
                .setParameter("after", afterId)
                .setMaxResults(PAGE)
                .getResultList();
    }
}
