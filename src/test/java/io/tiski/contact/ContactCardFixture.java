package io.tiski.contact;

import io.tiski.contact.control.ContactsMerging;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;

/**
 * Test-only: does to cards what the admin's merge and erase do to the tables that point at a card,
 * without depending on their screens. {@code /merge}: in one transaction, fires {@link ContactsMerging}
 * (as the merge does) and deletes the merged card. {@code /erase}: deletes a card, so its rows go by
 * the foreign keys' ON DELETE CASCADE alone.
 */
@WebServlet("/test-contact-cards/*")
public class ContactCardFixture extends HttpServlet {

    @Inject
    Event<ContactsMerging> merging;

    @PersistenceContext(unitName = "tiski")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long organisationId = Long.parseLong(request.getParameter("organisationId"));
        long contactId = Long.parseLong(request.getParameter("contactId"));
        try {
            transaction.begin();
            if ("/merge".equals(request.getPathInfo())) {
                merging.fire(new ContactsMerging(organisationId, Long.parseLong(request.getParameter("survivorId")),
                        contactId));
            }
            int deleted = em.createNativeQuery("DELETE FROM contacts WHERE id = ? AND organisation_id = ?")
                    .setParameter(1, contactId).setParameter(2, organisationId).executeUpdate();
            transaction.commit();
            response.setStatus(deleted == 1 ? 200 : 404);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
