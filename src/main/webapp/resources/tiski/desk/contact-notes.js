/*
 * Below the contact card (contact.js): the card's notes (newest first, the start of each; a
 * click shows it whole; the agent's own ones can be changed or deleted, which the server checks
 * again) and a message to the customer by e-mail or SMS with the card's message history.
 * All text is set with textContent.
 */
export function contactNotes(desk, contact) {
    var t = desk.t, el = desk.el;
    var $ = function (id) { return document.getElementById(id); };
    var START = 80;
    var shown = null;

    function isShown(card) {
        return !!shown && shown.id === card.id;
    }

    // --- Notes ---------------------------------------------------------------------------------

    function loadNotes(card) {
        desk.call('GET', '/contacts/' + card.id + '/notes').then(function (notes) {
            if (isShown(card)) { drawNotes(card, notes); }
        }).catch(function (error) { $('deskContactNoteError').textContent = error.message; });
    }

    function drawNotes(card, notes) {
        var list = $('deskContactNotes');
        list.textContent = '';
        if (notes.length === 0) {
            list.appendChild(el('li', {'class': 'tiski-desk-muted'}, [t('contactNoNotes')]));
        }
        notes.forEach(function (note) { list.appendChild(noteItem(card, note)); });
    }

    function noteItem(card, note) {
        var whole = note.body.length <= START;
        var text = el('span', {'class': 'tiski-desk-note-text', 'data-testid': 'contactNoteText'},
            [whole ? note.body : note.body.substring(0, START) + '…']);
        var head = el('button', {'type': 'button', 'class': 'tiski-desk-note-head', 'aria-expanded': 'false',
            'data-testid': 'contactNoteOpen'}, [
            el('span', {'class': 'tiski-desk-sender'},
                [new Date(note.createdAt).toLocaleString(document.documentElement.lang || [], {dateStyle: 'short', timeStyle: 'short', timeZone: desk.timeZone}) + ' · ' + note.authorName]), text]);
        head.addEventListener('click', function () {
            var open = head.getAttribute('aria-expanded') !== 'true';
            head.setAttribute('aria-expanded', String(open));
            text.textContent = open || whole ? note.body : note.body.substring(0, START) + '…';
        });
        var item = el('li', {'data-testid': 'contactNoteItem', 'data-own': String(note.own)}, [head]);
        if (note.own) {
            var edit = el('button', {'type': 'button', 'class': 'tiski-desk-link', 'data-testid': 'contactNoteEdit'},
                [t('contactNoteEdit')]);
            edit.addEventListener('click', function () { editNote(card, note, item); });
            var remove = el('button', {'type': 'button', 'class': 'tiski-desk-link',
                'data-testid': 'contactNoteDelete'}, [t('contactNoteDelete')]);
            remove.addEventListener('click', function () {
                desk.call('DELETE', '/contacts/' + card.id + '/notes/' + note.id).then(function () { loadNotes(card); })
                    .catch(function (error) { $('deskContactNoteError').textContent = error.message; });
            });
            item.appendChild(el('span', {'class': 'tiski-desk-note-actions'}, [edit, remove]));
        }
        return item;
    }

    function editNote(card, note, item) {
        var input = el('textarea', {'rows': '3', 'maxlength': '4000', 'data-testid': 'contactNoteEditText'});
        input.value = note.body;
        var error = el('p', {'class': 'tiski-desk-error', 'role': 'alert'});
        var save = el('button', {'type': 'submit', 'class': 'tiski-desk-button', 'data-testid': 'contactNoteSave'},
            [t('contactNoteSave')]);
        var cancel = el('button', {'type': 'button', 'class': 'tiski-desk-button'}, [t('contactNoteCancel')]);
        var form = el('form', {'class': 'tiski-desk-note-form'}, [input, error,
            el('div', {'class': 'tiski-desk-form-buttons'}, [cancel, save])]);
        cancel.addEventListener('click', function () { loadNotes(card); });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            desk.call('PUT', '/contacts/' + card.id + '/notes/' + note.id, {body: input.value})
                .then(function () { loadNotes(card); })
                .catch(function (failure) { error.textContent = failure.message; });
        });
        item.textContent = '';
        item.appendChild(form);
        input.focus();
    }

    function writeNote(event) {
        event.preventDefault();
        var card = shown;
        var input = $('deskContactNote');
        if (!card || !input.value.trim()) { return; }
        desk.call('POST', '/contacts/' + card.id + '/notes', {body: input.value}).then(function () {
            input.value = '';
            $('deskContactNoteError').textContent = '';
            loadNotes(card);
        }).catch(function (error) { $('deskContactNoteError').textContent = error.message; });
    }

    // --- A message to the customer ---------------------------------------------------------------

    /** The card's addresses for the channel chosen: its e-mails, or its phones. */
    function recipients() {
        var form = $('deskContactMessage');
        var email = form.elements.channel.value === 'EMAIL';
        var to = form.elements.to;
        to.textContent = '';
        var slots = email ? [['email1', 'email1Label'], ['email2', 'email2Label']]
            : [['phone1', 'phone1Label'], ['phone2', 'phone2Label']];
        slots.forEach(function (slot) {
            if (shown && shown[slot[0]]) {
                to.appendChild(el('option', {'value': shown[slot[0]]},
                    [shown[slot[0]] + (shown[slot[1]] ? ' (' + shown[slot[1]] + ')' : '')]));
            }
        });
        if (to.options.length === 0) {
            to.appendChild(el('option', {'value': ''}, [t('contactNoRecipient')]));
        }
        form.querySelector('[data-for-channel=EMAIL]').hidden = !email;
    }

    function fieldErrors(fields) {
        Array.prototype.forEach.call($('deskContactMessage').querySelectorAll('[data-error-for]'), function (slot) {
            slot.textContent = fields[slot.dataset.errorFor] || '';
        });
    }

    function send(event) {
        event.preventDefault();
        var card = shown;
        var form = $('deskContactMessage');
        var status = $('deskContactMessageStatus');
        if (!card) { return; }
        var email = form.elements.channel.value === 'EMAIL';
        var conversation = desk.current();
        var message = {channel: form.elements.channel.value, to: form.elements.to.value,
            text: form.elements.text.value, conversationId: conversation ? conversation.id : null};
        if (email && form.elements.subject.value.trim()) { message.subject = form.elements.subject.value; }
        var button = form.querySelector('[type=submit]');
        button.disabled = true;
        fieldErrors({});
        status.textContent = '';
        status.className = 'tiski-desk-status';
        desk.call('POST', '/contacts/' + card.id + '/messages', message).then(function (sent) {
            button.disabled = false;
            status.textContent = statusText(sent);
            status.className = 'tiski-desk-status tiski-desk-status-' + sent.status;
            if (sent.status !== 'FAILED') {
                form.elements.text.value = '';
                form.elements.subject.value = '';
            }
            if (isShown(card)) { loadHistory(card); }
        }).catch(function (error) {
            button.disabled = false;
            fieldErrors(error.fields || {});
            status.textContent = error.message;
            status.className = 'tiski-desk-status tiski-desk-status-FAILED';
        });
    }

    function statusText(message) {
        var text = t('contactStatus' + message.status.charAt(0) + message.status.slice(1).toLowerCase());
        return message.status === 'FAILED' && message.error ? text + ': ' + message.error : text;
    }

    function loadHistory(card) {
        desk.call('GET', '/contacts/' + card.id + '/messages').then(function (messages) {
            if (isShown(card)) { drawHistory(messages); }
        }).catch(function () {
            // Without the history the form still works; the list stays empty.
            if (isShown(card)) { drawHistory([]); }
        });
    }

    function drawHistory(messages) {
        var list = $('deskContactHistory');
        list.textContent = '';
        if (messages.length === 0) {
            list.appendChild(el('li', {'class': 'tiski-desk-muted'}, [t('contactNoHistory')]));
        }
        messages.forEach(function (message) {
            var channel = t('contactChannel' + (message.channel === 'SMS' ? 'Sms' : 'Email'));
            var text = (message.subject ? message.subject + ' — ' : '') + (message.text || '');
            list.appendChild(el('li', {'data-testid': 'messageItem', 'title': message.text || ''}, [
                el('span', {'class': 'tiski-desk-sender'}, [new Date(message.sentAt).toLocaleString(document.documentElement.lang || [], {dateStyle: 'short', timeStyle: 'short', timeZone: desk.timeZone}) + ' · '
                    + channel + ' · ' + t('contactSentTo', message.to) + ' · ' + (message.sentBy || '')]),
                el('span', {'class': 'tiski-desk-note-text'},
                    [text.length > START ? text.substring(0, START) + '…' : text]),
                el('span', {'class': 'tiski-desk-status-' + message.status}, [statusText(message)])]));
        });
    }

    contact.onCard(function (card) {
        shown = card;
        $('deskContactNotesPart').hidden = !card;
        $('deskContactMessagePart').hidden = !card;
        $('deskContactNotes').textContent = '';
        $('deskContactHistory').textContent = '';
        $('deskContactNoteError').textContent = '';
        $('deskContactMessageStatus').textContent = '';
        fieldErrors({});
        if (!card) { return; }
        recipients();
        loadNotes(card);
        loadHistory(card);
    });
    $('deskContactNoteForm').addEventListener('submit', writeNote);
    $('deskContactMessage').addEventListener('submit', send);
    $('deskContactMessage').elements.channel.addEventListener('change', recipients);
}
