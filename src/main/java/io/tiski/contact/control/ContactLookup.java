package io.tiski.contact.control;

import io.tiski.contact.entity.Contact;
import io.tiski.contact.entity.ContactKey;
import io.tiski.organisation.control.Organisations;
import io.tiski.platform.EmailAddresses;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Finding the card of a customer who arrives with a phone number or an e-mail address. Both are
 * normalised as the cards' keys are (E.164 with the organisation's default country; e-mail in lower
 * case), so the lookup is an equality seek on the contact_keys index however the customer typed them.
 */
@ApplicationScoped
@Transactional
public class ContactLookup {

    /** More matches than this is a shared switchboard number: the desk shows the first ones. */
    public static final int MAX_MATCHES = 20;

    /** The normalised inputs (null when not given) and the cards having either of them. */
    public record Result(List<Contact> matches, String phone, String email) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    public Result lookup(long organisationId, String phone, String email) {
        String phoneKey = null;
        if (phone != null && !phone.isBlank()) {
            String country = organisations.find(organisationId).getDefaultCountry();
            phoneKey = PhoneNumbers.e164(phone, country)
                    .orElseThrow(() -> new InvalidInput("phone", PhoneNumbers.refusalKey(phone, "contact.phone.invalid"), phone.strip()));
        }
        String emailKey = null;
        if (email != null && !email.isBlank()) {
            if (!EmailAddresses.isPlausible(email.strip())) {
                throw new InvalidInput("email", "contact.email.invalid", email.strip());
            }
            emailKey = ContactKey.emailKey(email);
        }
        if (phoneKey == null && emailKey == null) {
            return new Result(List.of(), null, null);
        }
        var matches = em.createQuery("select distinct c from Contact c join c.keys k"
                        + " where c.organisationId = :org and k.organisationId = :org"
                        + " and ((k.kind = :phoneKind and k.value = :phone) or (k.kind = :emailKind and k.value = :email))"
                        + " order by c.lastName, c.firstName, c.id", Contact.class)
                .setParameter("org", organisationId)
                .setParameter("phoneKind", ContactKey.PHONE)
                .setParameter("phone", phoneKey == null ? "" : phoneKey)
                .setParameter("emailKind", ContactKey.EMAIL)
                .setParameter("email", emailKey == null ? "" : emailKey)
                .setMaxResults(MAX_MATCHES)
                .getResultList();
        return new Result(matches, phoneKey, emailKey);
    }
}
