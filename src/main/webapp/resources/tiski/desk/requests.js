import {el} from '../shared/dom.js';

/**
 * Requests waiting for this agent's answer: offers (with a countdown of the seconds left),
 * transfers and invitations, each with Accept and Reject. `desk` is the desk's core (core.js):
 * texts, the agent API, and opening an accepted chat.
 */
export function requestList(desk) {
    var t = desk.t, call = desk.call, showError = desk.showError;
    var $ = function (id) { return document.getElementById(id); };
    var state = {tickTimer: null};

    /**
     * Brings the list in line with the inbox. A request already shown keeps its element, so a frame
     * that arrives while the agent reaches for Accept never swaps the button under the pointer.
     */
    function drawRequests(inbox) {
        var list = $('deskRequests');
        var shown = {};
        Array.prototype.forEach.call(list.children, function (item) { shown[item.dataset.key] = item; });
        var wanted = [];
        inbox.offers.forEach(function (offer) {
            var customer = offer.customer.customerName || t('customer');
            wanted.push(shown['offer-' + offer.customer.id] || request('offer-' + offer.customer.id, 'offer',
                t('offer', customer + ' · ' + offer.customer.queueName), null, offer.expiresAt,
                'offers/' + offer.customer.id + '/accept', 'offers/' + offer.customer.id + '/reject'));
        });
        inbox.handovers.forEach(function (handover) {
            var customer = handover.conversation.customerName || t('customer');
            var text = handover.kind === 'INVITE' ? t('invitation', handover.requestedBy, customer)
                : t('transfer', handover.requestedBy, customer);
            wanted.push(shown['handover-' + handover.id] || request('handover-' + handover.id, 'handover', text,
                handover.comment, handover.expiresAt,
                'handovers/' + handover.id + '/accept', 'handovers/' + handover.id + '/decline'));
        });
        Array.prototype.forEach.call(list.querySelectorAll(':scope > li'), function (item) {
            if (wanted.indexOf(item) < 0) { item.remove(); }
        });
        wanted.forEach(function (item) { list.appendChild(item); });
        tick();
    }

    function request(key, kind, text, comment, expiresAt, acceptPath, rejectPath) {
        var countdown = el('span', {'class': 'tiski-desk-countdown', 'data-testid': 'countdown'});
        if (expiresAt) { countdown.dataset.expiresAt = String(Date.parse(expiresAt)); }
        var accept = el('button', {'type': 'button', 'class': 'tiski-desk-button', 'data-testid': 'accept'}, [t('accept')]);
        var reject = el('button', {'type': 'button', 'class': 'tiski-desk-button tiski-desk-danger', 'data-testid': 'reject'},
            [t('reject')]);
        var item = el('li', {'data-testid': kind, 'data-key': key}, [el('span', {'class': 'tiski-desk-name'}, [text]), countdown, accept, reject]);
        if (comment) { item.appendChild(el('span', {'class': 'tiski-desk-comment'}, [comment])); }
        accept.addEventListener('click', function () {
            answer(item, acceptPath).then(function (taken) {
                return desk.loadConversations().then(function () { if (taken) { desk.open(taken.id); } });
            });
        });
        reject.addEventListener('click', function () { answer(item, rejectPath); });
        return item;
    }

    /** Answers a request; it leaves the list at once, and the next inbox frame is the truth. */
    function answer(item, path) {
        Array.prototype.forEach.call(item.querySelectorAll('button'), function (b) { b.disabled = true; });
        return call('POST', path).then(function (result) {
            item.remove();
            return result;
        }).catch(function (error) {
            item.remove();
            showError(error.message);
            return null;
        });
    }

    /** The countdowns, once a second while any request waits. */
    function tick() {
        clearTimeout(state.tickTimer);
        var counters = document.querySelectorAll('#deskRequests [data-expires-at]');
        Array.prototype.forEach.call(counters, function (counter) {
            var left = Math.max(0, Math.ceil((Number(counter.dataset.expiresAt) - Date.now()) / 1000));
            counter.textContent = t('secondsLeft', left);
        });
        if (counters.length > 0) { state.tickTimer = setTimeout(tick, 1000); }
    }

    return {draw: drawRequests};
}
