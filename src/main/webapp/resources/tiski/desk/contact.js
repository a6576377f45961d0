/*
 * The customer's contact card beside the chat, below what the customer typed in the start form
 * (name, phone, e-mail). When a chat opens: the card linked to it; else the cards the server found
 * by the phone or e-mail the customer gave (one whose name fits theirs is shown and linked; one whose
 * name differs is a "possible match", without its notes, until the agent confirms it; several are
 * listed to choose from; none offers a search and "Add contact" pre-filled); else a search over all
 * cards. A linked card can be unlinked (the card is not changed; the server records who did it and
 * finds that card no more for this chat). The add and edit form shows the server's message next to
 * each field it refused. Notes and messages of the
 * shown card are in contact-notes.js, told through what contact() answers. Everything typed by
 * a person is put into the page with textContent (desk.el), never as markup.
 */
export function contact(desk) {
    var t = desk.t, el = desk.el;
    var $ = function (id) { return document.getElementById(id); };
    var FIELDS = ['firstName', 'lastName', 'workingTitle', 'organisation', 'department', 'streetName',
        'streetNumber', 'zipCode', 'zipLocation', 'email1', 'email1Label', 'email2', 'email2Label', 'phone1',
        'phone1Label', 'phone2', 'phone2Label'];
    var isAdmin = $('desk').dataset.contactAdmin === 'true';
    var listeners = [];
    // Icons drawn as SVG, not emoji: a desk without an emoji font would show empty boxes.
    var ICONS = {
        lock: 'M18 8h-1V6c0-2.76-2.24-5-5-5S7 3.24 7 6v2H6c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V10'
            + 'c0-1.1-.9-2-2-2zm-6 9c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2zm3.1-9H8.9V6c0-1.71 1.39-3.1 3.1-3.1'
            + ' 1.71 0 3.1 1.39 3.1 3.1v2z',
        copy: 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7'
            + 'c0-1.1-.9-2-2-2zm0 16H8V7h11v14z'
    };
    // What is shown for the open chat: its matches (for Back), the card, the form's card (null: adding).
    var view = {conversation: null, matches: null, card: null, editing: null, settings: null};

    function body() { return $('deskContactBody'); }

    function mayEdit(card) {
        var allowed = isAdmin || !!(view.settings && view.settings.agentsMayEdit);
        return allowed && (!card || !card.verified || isAdmin);
    }

    function isStill(conversation) {
        var current = desk.current();
        return !!current && !!conversation && current.id === conversation.id;
    }

    function fullName(card) {
        return [card.firstName, card.lastName].filter(Boolean).join(' ');
    }

    /** The card now on show (null: none), with its parts (notes, messages). */
    function tell(card) {
        view.card = card;
        parts(card);
    }

    /** Shows the card's parts (notes, messages) for {@code card}, or hides them for null. */
    function parts(card) {
        listeners.forEach(function (listener) {
            try { listener(card, view.conversation); } catch (error) { console.error(error); }
        });
    }

    function icon(name) {
        var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        svg.setAttribute('viewBox', '0 0 24 24');
        svg.setAttribute('aria-hidden', 'true');
        svg.setAttribute('class', 'tiski-desk-icon');
        var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('d', ICONS[name]);
        svg.appendChild(path);
        return svg;
    }

    /** Empties the panel down to what the customer typed, which every view shows first. */
    function clear() {
        body().textContent = '';
        $('deskContactForm').hidden = true;
        tell(null);
        if (view.conversation) { given(view.conversation); }
    }

    function given(conversation) {
        var rows = [['contactNameGiven', conversation.customerName], ['contactPhoneGiven', conversation.customerPhone],
            ['contactEmailGiven', conversation.customerEmail]].filter(function (row) { return !!row[1]; });
        if (rows.length === 0) { return; }
        var list = el('dl', {'class': 'tiski-desk-contact-fields tiski-desk-contact-given', 'data-testid': 'contactGiven'});
        rows.forEach(function (row) {
            list.appendChild(el('div', {'class': 'tiski-desk-contact-field'}, [el('dt', {}, [t(row[0])]),
                el('dd', {'data-testid': row[0]}, [row[1]])]));
        });
        body().appendChild(list);
    }

    function failed(error) {
        body().appendChild(el('p', {'class': 'tiski-desk-error', 'role': 'alert'}, [error.message]));
    }

    // --- Finding the card when a chat opens ---------------------------------------------------

    function start(conversation) {
        view = {conversation: conversation, matches: null, card: null, editing: null, settings: view.settings};
        clear();
        var settings = desk.call('GET', '/contacts/settings').then(function (answer) { view.settings = answer; });
        var found = desk.call('GET', 'conversations/' + conversation.id + '/contact');
        Promise.all([settings, found]).then(function (answers) {
            if (!isStill(conversation)) { return; }
            var answer = answers[1];
            var matches = answer.matches;
            conversation.contactId = answer.contactId;
            if (answer.contact) {
                showCard(answer.contact);
            } else if (!conversation.customerPhone && !conversation.customerEmail) {
                showSearch(null);
            } else if (matches.length === 1 && matches[0].sameName) {
                choose(matches[0].contact);
            } else if (matches.length === 1) {
                showPossible(matches[0].contact);
            } else if (matches.length > 1) {
                view.matches = matches.map(function (match) { return match.contact; });
                showList();
            } else {
                showSearch('contactNone');
            }
        }).catch(function (error) {
            if (isStill(conversation)) { clear(); failed(error); }
        });
    }

    function query(values) {
        return Object.keys(values).filter(function (key) { return values[key]; }).map(function (key) {
            return encodeURIComponent(key) + '=' + encodeURIComponent(values[key]);
        }).join('&');
    }

    /**
     * Links the card to the chat (so the next desk to open it shows it at once) and shows it: an
     * agent's choice, or their confirmation of a possible match, or the one match whose name fits.
     */
    function choose(card) {
        var conversation = view.conversation;
        desk.call('PUT', 'conversations/' + conversation.id + '/contact', {contactId: card.id}).then(function () {
            conversation.contactId = card.id;
            if (isStill(conversation)) { showCard(card); }
        }).catch(function (error) {
            if (isStill(conversation)) { failed(error); }
        });
    }

    /** Unlinks the card shown; the card is not changed. Then the agent can search or add another. */
    function unlink() {
        var conversation = view.conversation;
        var was = conversation.contactId;
        // Cleared before the answer: the "contact" frame this unlink sends back must not start over.
        conversation.contactId = null;
        desk.call('PUT', 'conversations/' + conversation.id + '/contact', {contactId: null}).then(function () {
            if (isStill(conversation)) {
                view.matches = null;
                showSearch('contactUnlinked');
                body().querySelector('[data-testid=contactSearch]').focus();
            }
        }).catch(function (error) {
            conversation.contactId = was;
            if (isStill(conversation)) { failed(error); }
        });
    }

    // --- One match whose name is not the one the customer gave: a possible match -----------------

    /**
     * Clearly not the customer's card yet: its name and how to reach the person, no notes, no
     * messages, nothing to edit, until the agent confirms it (which links it) or says it is not them.
     */
    function showPossible(card) {
        clear();
        var box = el('div', {'class': 'tiski-desk-contact-card tiski-desk-contact-possible', 'role': 'group',
            'aria-labelledby': 'deskContactPossible', 'data-testid': 'contactPossible',
            'data-contact-id': String(card.id)}, [
            el('p', {'class': 'tiski-desk-contact-flag', 'id': 'deskContactPossible'}, [t('contactPossible')]),
            el('p', {'class': 'tiski-desk-muted'}, [t('contactPossibleHint')]),
            el('strong', {'data-testid': 'contactPossibleName'}, [fullName(card) || t('contactUnknown')])]);
        var lines = [card.organisation, card.email1, card.email2, card.phone1, card.phone2].filter(Boolean);
        if (lines.length > 0) {
            box.appendChild(el('p', {'class': 'tiski-desk-muted', 'data-testid': 'contactPossibleDetails'},
                [lines.join(' · ')]));
        }
        var confirm = el('button', {'type': 'button', 'class': 'tiski-desk-button', 'data-testid': 'contactConfirm'},
            [t('contactConfirm')]);
        confirm.addEventListener('click', function () { choose(card); });
        var reject = el('button', {'type': 'button', 'class': 'tiski-desk-button', 'data-testid': 'contactReject'},
            [t('contactReject')]);
        reject.addEventListener('click', function () { rejectMatch(card); });
        box.appendChild(el('div', {'class': 'tiski-desk-contact-actions'}, [confirm, reject]));
        body().appendChild(box);
    }

    /** "Not this customer": the server keeps it, so the card is not offered for this chat again. */
    function rejectMatch(card) {
        var conversation = view.conversation;
        desk.call('POST', 'conversations/' + conversation.id + '/contact/rejected', {contactId: card.id}).then(function () {
            if (isStill(conversation)) { showSearch(null); }
        }).catch(function (error) {
            if (isStill(conversation)) { failed(error); }
        });
    }

    // --- Several matches: a list to choose from, filtered as one types -------------------------

    function showList() {
        clear();
        var input = el('input', {'type': 'search', 'class': 'tiski-desk-contact-search',
            'placeholder': t('contactSearch'), 'aria-label': t('contactSearch'), 'data-testid': 'contactFilter'});
        var list = el('ul', {'class': 'tiski-desk-contact-list', 'data-testid': 'contactMatches'});
        var draw = function () {
            var term = input.value.trim().toLowerCase();
            drawChoices(list, view.matches.filter(function (card) {
                return !term || summary(card).join(' ').toLowerCase().indexOf(term) >= 0;
            }));
        };
        input.addEventListener('input', draw);
        body().appendChild(el('p', {'class': 'tiski-desk-muted'}, [t('contactMatches', view.matches.length)]));
        body().appendChild(input);
        body().appendChild(list);
        draw();
        input.focus();
    }

    function summary(card) {
        return [fullName(card), card.organisation, card.email1, card.email2, card.phone1, card.phone2]
            .filter(Boolean);
    }

    function drawChoices(list, cards) {
        list.textContent = '';
        if (cards.length === 0) {
            list.appendChild(el('li', {'class': 'tiski-desk-muted'}, [t('contactNoMatch')]));
        }
        cards.forEach(function (card) {
            var lines = [el('strong', {}, [fullName(card) || t('contactUnknown')])];
            [card.organisation, card.email1, card.phone1].filter(Boolean).forEach(function (line) {
                lines.push(el('span', {'class': 'tiski-desk-muted'}, [line]));
            });
            var button = el('button', {'type': 'button', 'class': 'tiski-desk-contact-choice',
                'data-testid': 'contactChoice', 'title': t('contactChoose')}, lines);
            button.addEventListener('click', function () { choose(card); });
            list.appendChild(el('li', {}, [button]));
        });
    }

    // --- None found, none given, or one unlinked: a search over every card, and "Add contact" -----

    /** {@code notice}: the key of what to say first (none found, unlinked), or null. */
    function showSearch(notice) {
        clear();
        if (notice) {
            body().appendChild(el('p', {'class': 'tiski-desk-muted', 'data-testid': notice}, [t(notice)]));
        }
        var input = el('input', {'type': 'search', 'class': 'tiski-desk-contact-search',
            'placeholder': t('contactSearchHint'), 'aria-label': t('contactSearchHint'),
            'data-testid': 'contactSearch'});
        var list = el('ul', {'class': 'tiski-desk-contact-list', 'data-testid': 'contactResults'});
        var conversation = view.conversation;
        var timer = null;
        var asked = 0;
        var search = function () {
            var term = input.value.trim();
            var mine = ++asked;
            if (!term) { list.textContent = ''; return; }
            desk.call('GET', '/contacts?' + query({search: term, limit: 20})).then(function (cards) {
                // Only the answer to the latest term counts; an earlier, slower one is dropped.
                if (mine === asked && isStill(conversation)) { drawChoices(list, cards); }
            }).catch(function (error) { list.textContent = ''; list.appendChild(el('li', {}, [error.message])); });
        };
        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(search, 250);
        });
        body().appendChild(input);
        body().appendChild(list);
        // Pre-filled with what the customer typed: the agent corrects rather than retypes.
        addButton({email1: conversation.customerEmail, phone1: conversation.customerPhone,
            firstName: nameParts(conversation.customerName)[0], lastName: nameParts(conversation.customerName)[1]});
    }

    /** "Anna Maria Virtanen" → first "Anna Maria", last "Virtanen": a guess the agent can correct. */
    function nameParts(name) {
        var words = (name || '').trim().split(/\s+/).filter(Boolean);
        if (words.length < 2) { return [words[0] || '', '']; }
        return [words.slice(0, -1).join(' '), words[words.length - 1]];
    }

    function addButton(prefill) {
        if (!mayEdit(null)) { return; }
        var add = el('button', {'type': 'button', 'class': 'tiski-desk-button', 'data-testid': 'contactAdd'},
            [t('contactAdd')]);
        add.addEventListener('click', function () { openForm(null, prefill); });
        body().appendChild(el('div', {'class': 'tiski-desk-contact-actions'}, [add]));
    }

    // --- The card ------------------------------------------------------------------------------

    function showCard(card) {
        clear();
        var title = el('div', {'class': 'tiski-desk-contact-name'}, [
            el('strong', {'data-testid': 'contactName'}, [fullName(card) || t('contactUnknown')])]);
        if (card.verified) {
            title.appendChild(el('span', {'class': 'tiski-desk-lock', 'role': 'img', 'title': t('contactVerified'),
                'aria-label': t('contactVerified'), 'data-testid': 'contactVerified'}, [icon('lock')]));
        }
        var card0 = el('div', {'class': 'tiski-desk-contact-card', 'data-testid': 'contactCard',
            'data-contact-id': String(card.id)}, [title]);
        var role = [card.workingTitle, card.department, card.organisation].filter(Boolean).join(' · ');
        if (role) { card0.appendChild(el('p', {'class': 'tiski-desk-muted', 'data-testid': 'contactRole'}, [role])); }
        var fields = el('dl', {'class': 'tiski-desk-contact-fields'});
        [['email1', 'email1Label'], ['email2', 'email2Label']].forEach(function (slot) {
            if (card[slot[0]]) { fields.appendChild(reachable(t('contactEmail'), card[slot[1]], card[slot[0]], null)); }
        });
        [['phone1', 'phone1Label'], ['phone2', 'phone2Label']].forEach(function (slot) {
            if (card[slot[0]]) {
                fields.appendChild(reachable(t('contactPhone'), card[slot[1]], card[slot[0]], 'tel:' + card[slot[0]]));
            }
        });
        var street = [card.streetName, card.streetNumber].filter(Boolean).join(' ');
        var town = [card.zipCode, card.zipLocation].filter(Boolean).join(' ');
        if (street || town) {
            fields.appendChild(el('div', {'class': 'tiski-desk-contact-field'}, [
                el('dt', {}, [t('contactAddress')]),
                el('dd', {'data-testid': 'contactAddress'}, [[street, town].filter(Boolean).join(', ')])]));
        }
        card0.appendChild(fields);
        var actions = el('div', {'class': 'tiski-desk-contact-actions'});
        if (view.matches) {
            var back = el('button', {'type': 'button', 'class': 'tiski-desk-button', 'data-testid': 'contactBack'},
                ['← ' + t('contactBack')]);
            back.addEventListener('click', showList);
            actions.appendChild(back);
        }
        if (view.conversation && view.conversation.contactId === card.id) {
            var unlinkButton = el('button', {'type': 'button', 'class': 'tiski-desk-button',
                'title': t('contactUnlinkHint'), 'data-testid': 'contactUnlink'}, [t('contactUnlink')]);
            unlinkButton.addEventListener('click', unlink);
            actions.appendChild(unlinkButton);
        }
        if (mayEdit(card)) {
            var edit = el('button', {'type': 'button', 'class': 'tiski-desk-button', 'data-testid': 'contactEdit'},
                [t('contactEdit')]);
            edit.addEventListener('click', function () { openForm(card, card); });
            actions.appendChild(edit);
        }
        if (actions.childNodes.length > 0) { card0.appendChild(actions); }
        body().appendChild(card0);
        tell(card);
    }

    /** An e-mail or phone: its label ("work"), the value (a call link for phones) and a copy button. */
    function reachable(kind, label, value, href) {
        var shown = href
            ? el('a', {'href': href, 'title': t('contactCall'), 'data-testid': 'contactTel'}, [value])
            : el('span', {'data-testid': 'contactEmailValue'}, [value]);
        var copy = el('button', {'type': 'button', 'class': 'tiski-desk-copy', 'title': t('contactCopy'),
            'aria-label': t('contactCopy') + ' ' + value, 'data-testid': 'contactCopy'}, [icon('copy')]);
        var done = el('span', {'class': 'tiski-desk-copied', 'role': 'status', 'data-testid': 'contactCopied'});
        copy.addEventListener('click', function () {
            var copying = navigator.clipboard ? navigator.clipboard.writeText(value) : Promise.reject(new Error());
            copying.then(function () { done.textContent = t('contactCopied'); }, function () {
                done.textContent = t('contactCopyFailed');
            }).then(function () { setTimeout(function () { done.textContent = ''; }, 2000); });
        });
        return el('div', {'class': 'tiski-desk-contact-field'}, [
            el('dt', {}, [kind + (label ? ' · ' + label : '')]),
            el('dd', {}, [shown, copy, done])]);
    }

    // --- Adding and editing ----------------------------------------------------------------------

    function openForm(card, values) {
        var form = $('deskContactForm');
        view.editing = card;
        $('deskContactFormTitle').textContent = card ? $('deskContactFormTitle').dataset.tEdit
            : $('deskContactFormTitle').dataset.tAdd;
        FIELDS.forEach(function (name) { form.elements[name].value = (values && values[name]) || ''; });
        showErrors({}, '');
        body().hidden = true;
        parts(null);
        form.hidden = false;
        form.elements[FIELDS[0]].focus();
    }

    function closeForm() {
        $('deskContactForm').hidden = true;
        body().hidden = false;
    }

    function showErrors(fields, message, conflict) {
        var form = $('deskContactForm');
        Array.prototype.forEach.call(form.querySelectorAll('[data-error-for]'), function (slot) {
            var text = fields[slot.dataset.errorFor] || '';
            slot.textContent = text;
            var input = form.elements[slot.dataset.errorFor];
            if (input) {
                if (text) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
            }
        });
        $('deskContactFormError').textContent = message;
        $('deskContactReload').hidden = !conflict;
    }

    function save(event) {
        event.preventDefault();
        var form = $('deskContactForm');
        var card = view.editing;
        var conversation = view.conversation;
        var json = {};
        FIELDS.forEach(function (name) { json[name] = form.elements[name].value; });
        var saving;
        if (card) {
            json.version = card.version;
            saving = desk.call('PUT', '/contacts/' + card.id, json);
        } else {
            saving = desk.call('POST', '/contacts', json);
        }
        var button = form.querySelector('[type=submit]');
        button.disabled = true;
        saving.then(function (saved) {
            button.disabled = false;
            if (!isStill(conversation)) { return; }
            closeForm();
            view.matches = view.matches && view.matches.map(function (m) { return m.id === saved.id ? saved : m; });
            if (card) { showCard(saved); } else { choose(saved); }
        }).catch(function (error) {
            button.disabled = false;
            var fields = error.fields || {};
            // A message that belongs to no field of the form (a refusal, a conflict) goes below them all.
            var placed = Object.keys(fields).some(function (name) { return !!form.elements[name]; });
            showErrors(fields, placed ? '' : (error.status === 409 ? t('contactChanged') : error.message),
                error.status === 409);
        });
    }

    /**
     * After a 409: the card as the other person saved it is shown above the form, which keeps what
     * this agent typed; saving again (now against their version) replaces theirs knowingly.
     */
    function loadTheirs() {
        var card = view.editing;
        if (!card) { return; }
        desk.call('GET', '/contacts/' + card.id).then(function (theirs) {
            showCard(theirs);
            parts(null);
            view.editing = theirs;
            body().hidden = false;
            $('deskContactForm').hidden = false;
            showErrors({}, t('contactTheirsShown'), false);
        }).catch(function (error) { showErrors({}, error.message, false); });
    }

    $('deskContactForm').addEventListener('submit', save);
    // Nothing is sent: what was on show before the form comes back as it was.
    $('deskContactCancel').addEventListener('click', function () {
        closeForm();
        parts(view.card);
    });
    $('deskContactReload').addEventListener('click', loadTheirs);

    desk.on('open', start);
    desk.on('closed', function () { view.conversation = null; clear(); });
    // A colleague in the same chat chose another card, or unlinked it: show what is linked now.
    desk.on('frame', function (frame) {
        var conversation = desk.current();
        if (!conversation || frame.type !== 'contact' || frame.conversationId !== conversation.id) { return; }
        desk.call('GET', 'conversations').then(function (conversations) {
            var now = conversations.filter(function (c) { return c.id === conversation.id; })[0];
            if (!now || !isStill(conversation) || !$('deskContactForm').hidden) { return; }
            if (now.contactId && now.contactId !== (view.card && view.card.id)) {
                conversation.contactId = now.contactId;
                desk.call('GET', '/contacts/' + now.contactId).then(function (card) {
                    if (isStill(conversation)) { showCard(card); }
                });
            } else if (!now.contactId && conversation.contactId) {
                // They unlinked it: find the customer again, as when the chat opened.
                start(conversation);
            }
        }).catch(function () { /* the next open reads it again */ });
    });

    return {
        /** listener(card, conversation) whenever a card is shown, and (null) when none is. */
        onCard: function (listener) { listeners.push(listener); }
    };
}
