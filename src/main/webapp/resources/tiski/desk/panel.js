/*
 * The chat side panel: notes on the conversation, canned replies (click to put one in the message
 * box, or type /keyword and a space) and tags (click to add or remove). Each is read afresh when a
 * conversation opens; all text is set with textContent.
 */
export function panel(desk) {
    var t = desk.t, el = desk.el;
    var $ = function (id) { return document.getElementById(id); };
    var replies = [];
    // "/keyword" just before the caret, at the start or after a space (keywords are a-z, 0-9, - and _).
    var KEYWORD_BEFORE_CARET = /(^|\s)\/([a-z0-9_-]{1,32})$/i;
    var COLOUR = /^#[0-9a-fA-F]{6}$/;

    // --- Notes ------------------------------------------------------------------------------------

    function loadNotes(conversation) {
        desk.call('GET', 'conversations/' + conversation.id + '/notes').then(function (notes) {
            if (isStill(conversation)) { drawNotes(notes); }
        }).catch(function (error) { desk.showError(error.message); });
    }

    function drawNotes(notes) {
        var list = $('deskNotes');
        list.textContent = '';
        if (notes.length === 0) {
            list.appendChild(el('li', {'class': 'tiski-desk-muted'}, [t('noNotes')]));
        }
        notes.forEach(function (note) {
            list.appendChild(el('li', {'data-testid': 'noteItem'}, [
                el('span', {'class': 'tiski-desk-sender'},
                    [note.authorName + ' · ' + new Date(note.createdAt).toLocaleString(document.documentElement.lang || [], {dateStyle: 'short', timeStyle: 'short', timeZone: desk.timeZone})]),
                note.body]));
        });
    }

    function saveNote(event) {
        event.preventDefault();
        var conversation = desk.current();
        var body = $('deskNote').value.trim();
        if (!conversation || !body) { return; }
        desk.call('POST', 'conversations/' + conversation.id + '/notes', {body: body}).then(function () {
            $('deskNote').value = '';
            loadNotes(conversation);
        }).catch(function (error) { desk.showError(error.message); });
    }

    // --- Canned replies ------------------------------------------------------------------------

    function loadReplies(conversation) {
        desk.call('GET', 'replies?conversation=' + conversation.id).then(function (list) {
            if (!isStill(conversation)) { return; }
            replies = list;
            drawReplies();
        }).catch(function (error) { desk.showError(error.message); });
    }

    function drawReplies() {
        var list = $('deskReplies');
        list.textContent = '';
        if (replies.length === 0) {
            list.appendChild(el('li', {'class': 'tiski-desk-muted'}, [t('noReplies')]));
        }
        replies.forEach(function (reply) {
            var use = el('button', {'type': 'button', 'class': 'tiski-desk-reply', 'data-testid': 'reply',
                'title': reply.text}, [
                el('span', {'class': 'tiski-desk-keyword'}, ['/' + reply.keyword]),
                el('span', {}, [reply.title + (reply.own ? ' · ' + t('ownReply') : '')])]);
            use.addEventListener('click', function () { desk.insertText(reply.text); });
            var item = el('li', {}, [use]);
            if (reply.own) {
                var remove = el('button', {'type': 'button', 'class': 'tiski-desk-close', 'title': t('deleteReply'),
                    'aria-label': t('deleteReply'), 'data-testid': 'deleteReply'}, ['×']);
                remove.addEventListener('click', function () {
                    desk.call('DELETE', 'replies/' + reply.id).then(reloadReplies)
                        .catch(function (error) { desk.showError(error.message); });
                });
                item.appendChild(remove);
            }
            list.appendChild(item);
        });
    }

    function reloadReplies() {
        var conversation = desk.current();
        if (conversation) { loadReplies(conversation); }
    }

    /**
     * An agent's own reply, kept with their account and offered in every conversation they have: a
     * text (in a language, or none given) and any language versions, of which the customer's
     * language picks one (the server checks them, as for the organisation's replies).
     */
    function saveOwnReply(event) {
        event.preventDefault();
        var versions = Array.prototype.map.call($('deskOwnVersions').querySelectorAll('[data-testid=ownVersion]'),
            function (row) {
                return {language: row.querySelector('select').value, text: row.querySelector('textarea').value};
            });
        var reply = {keyword: $('deskOwnKeyword').value.trim().replace(/^\//, ''), title: $('deskOwnTitle').value,
            text: $('deskOwnText').value, language: $('deskOwnLanguage').value || null, versions: versions};
        desk.call('POST', 'replies', reply).then(function () {
            $('deskOwnReply').reset();
            $('deskOwnVersions').textContent = '';
            $('deskOwnError').textContent = '';
            reloadReplies();
        }).catch(function (error) { $('deskOwnError').textContent = error.message; });
    }

    /** One more language version's fields (a copy of the page's template), its language in focus. */
    function addOwnVersion() {
        var row = $('deskOwnVersion').content.firstElementChild.cloneNode(true);
        row.querySelector('[data-testid=ownRemoveVersion]').addEventListener('click', function () {
            row.remove();
            $('deskOwnAddVersion').focus();
        });
        $('deskOwnVersions').appendChild(row);
        row.querySelector('select').focus();
    }

    /** On a space after "/keyword": the reply's text in its place (the agent's own reply wins a tie). */
    function expandKeyword(event) {
        if (event.key !== ' ' || event.isComposing) { return; }
        var input = event.target;
        if (input.selectionStart !== input.selectionEnd) { return; }
        var before = input.value.substring(0, input.selectionStart);
        var match = KEYWORD_BEFORE_CARET.exec(before);
        if (!match) { return; }
        var keyword = match[2].toLowerCase();
        var reply = replies.filter(function (r) { return r.keyword === keyword; })
            .sort(function (a, b) { return Number(b.own) - Number(a.own); })[0];
        if (!reply) { return; }
        event.preventDefault();
        var start = input.selectionStart - keyword.length - 1;
        input.setRangeText(reply.text + ' ', start, input.selectionStart, 'end');
        input.dispatchEvent(new Event('input'));
    }

    // --- Tags ----------------------------------------------------------------------------------

    function loadTags(conversation) {
        Promise.all([desk.call('GET', 'tags'), desk.call('GET', 'conversations/' + conversation.id + '/tags')])
            .then(function (answers) {
                if (isStill(conversation)) { drawTags(conversation, answers[0], answers[1]); }
            }).catch(function (error) { desk.showError(error.message); });
    }

    /** Every active tag, pressed when on the conversation; a retired one only while it is still on it. */
    function drawTags(conversation, available, onConversation) {
        var list = $('deskTags');
        list.textContent = '';
        var on = {};
        onConversation.forEach(function (tag) { on[tag.id] = true; });
        var shown = available.concat(onConversation.filter(function (tag) { return tag.retired; }));
        if (shown.length === 0) {
            list.appendChild(el('li', {'class': 'tiski-desk-muted'}, [t('noTags')]));
        }
        shown.forEach(function (tag) {
            var swatch = el('span', {'class': 'tiski-desk-swatch', 'aria-hidden': 'true'});
            if (COLOUR.test(tag.colour)) { swatch.style.background = tag.colour; }
            var button = el('button', {'type': 'button', 'class': 'tiski-desk-tag', 'data-testid': 'tag',
                'aria-pressed': String(!!on[tag.id])},
                [swatch, tag.name + (tag.retired ? ' · ' + t('retiredTag') : '')]);
            button.addEventListener('click', function () {
                button.disabled = true;
                desk.call(on[tag.id] ? 'DELETE' : 'PUT', 'conversations/' + conversation.id + '/tags/' + tag.id)
                    .then(function (now) { if (isStill(conversation)) { drawTags(conversation, available, now); } })
                    .catch(function (error) {
                        button.disabled = false;
                        desk.showError(error.message);
                    });
            });
            list.appendChild(el('li', {}, [button]));
        });
    }

    function isStill(conversation) {
        var current = desk.current();
        return !!current && current.id === conversation.id;
    }

    desk.on('open', function (conversation) {
        // Nothing of the chat before may stay clickable while this one's lists are on their way.
        replies = [];
        ['deskNotes', 'deskReplies', 'deskTags'].forEach(function (id) { $(id).textContent = ''; });
        $('deskNote').value = '';
        loadNotes(conversation);
        loadReplies(conversation);
        loadTags(conversation);
    });
    // A colleague in the same chat changed its notes or tags: show theirs too.
    desk.on('frame', function (frame) {
        var conversation = desk.current();
        if (!conversation || frame.conversationId !== conversation.id) { return; }
        if (frame.type === 'notes') { loadNotes(conversation); }
        if (frame.type === 'tags') { loadTags(conversation); }
    });
    $('deskNoteForm').addEventListener('submit', saveNote);
    $('deskOwnReply').addEventListener('submit', saveOwnReply);
    $('deskOwnAddVersion').addEventListener('click', addOwnVersion);
    $('deskInput').addEventListener('keydown', expandKeyword);
}
