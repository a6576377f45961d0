import {el} from '../shared/dom.js';

/**
 * The queue sidebar: each queue with a green (open) or red (closed) dot and the number waiting,
 * "Pick next" where the agent handles it, someone waits and the agent is online; and the menu
 * under a queue's name (pick next, who is waiting, open or close it and its day so far, its
 * settings). `desk` is the desk's core (core.js): texts, the agent API, the queues from the live
 * line, and opening a picked chat.
 */
export function queueSidebar(desk) {
    var t = desk.t, call = desk.call, showError = desk.showError;
    var page = document.getElementById('desk');
    var $ = function (id) { return document.getElementById(id); };
    var state = {menuQueue: null, preview: null, today: null, picking: {}};

    function drawQueues() {
        var list = $('deskQueues');
        list.textContent = '';
        if (desk.queues().length === 0) {
            list.appendChild(el('li', {'class': 'tiski-desk-muted'}, [t('noQueues')]));
        }
        desk.queues().forEach(function (queue) {
            var name = el('button', {'type': 'button', 'class': 'tiski-desk-name', 'title': queue.name,
                'aria-haspopup': 'menu', 'aria-expanded': String(state.menuQueue === queue.id),
                'data-testid': 'queueName'}, [queue.name]);
            name.addEventListener('click', function () {
                state.menuQueue = state.menuQueue === queue.id ? null : queue.id;
                state.preview = null;
                state.today = null;
                drawQueues();
            });
            var row = el('li', {'data-testid': 'queue', 'data-queue-id': String(queue.id)}, [
                el('span', {'class': 'tiski-desk-dot ' + (queue.open ? 'tiski-open' : 'tiski-closed'),
                    'title': queue.open ? t('open') : t('closed'), 'role': 'img',
                    'aria-label': queue.open ? t('open') : t('closed')}),
                name,
                el('span', {'class': 'tiski-desk-count' + (queue.waiting > 0 ? ' tiski-busy' : ''),
                    'title': t('waiting', queue.waiting), 'data-testid': 'waiting'}, [String(queue.waiting)])
            ]);
            if (queue.handled && queue.waiting > 0 && desk.online()) {
                var pick = el('button', {'type': 'button', 'class': 'tiski-desk-button', 'data-testid': 'pickNext'},
                    [t('pickNext')]);
                // A redraw while a pick is under way must not offer a second click.
                pick.disabled = !!state.picking[queue.id];
                pick.addEventListener('click', function () { pickNext(queue.id, pick); });
                row.appendChild(pick);
            }
            list.appendChild(row);
            if (state.menuQueue === queue.id) { list.appendChild(queueMenu(queue)); }
        });
    }

    /**
     * The menu under a queue's name: pick next, see who waits first (and pick one of them), open or
     * close the queue (supervisors and admins), its settings (admins).
     */
    function queueMenu(queue) {
        var items = [];
        function item(label, testId, action) {
            var button = el('button', {'type': 'button', 'role': 'menuitem', 'data-testid': testId}, [label]);
            button.addEventListener('click', function () { action(button); });
            items.push(el('li', {'role': 'none'}, [button]));
        }
        if (queue.handled && queue.waiting > 0 && desk.online()) {
            item(t('pickNext'), 'menuPickNext', function (button) { pickNext(queue.id, button); });
            item(t('previewWaiting'), 'menuPreview', function () { previewWaiting(queue.id); });
        }
        if (page.dataset.managesQueues === 'true') {
            item(queue.open ? t('closeQueue') : t('openQueue'), queue.open ? 'menuClose' : 'menuOpen', function (button) {
                button.disabled = true;
                // The queue API, next to the agent API; the new state comes back on the live line.
                call('POST', '../queues/' + queue.id + (queue.open ? '/close' : '/open'))
                    .catch(function (error) { showError(error.message); button.disabled = false; });
            });
        }
        if (page.dataset.managesQueues === 'true') {
            item(t('queueToday'), 'menuToday', function () { showToday(queue.id); });
        }
        if (page.dataset.configuresQueues === 'true') {
            items.push(el('li', {'role': 'none'}, [el('a', {'role': 'menuitem', 'href': desk.base + '/admin/queues.xhtml',
                'data-testid': 'menuSettings'}, [t('queueSettings')])]));
        }
        if (items.length === 0) {
            items.push(el('li', {'class': 'tiski-desk-muted'}, [t('nothingToDo')]));
        }
        var menu = el('li', {'class': 'tiski-desk-menu-row'}, [el('ul', {'class': 'tiski-desk-menu', 'role': 'menu',
            'data-testid': 'queueMenu'}, items)]);
        if (state.preview && state.preview.queueId === queue.id) { menu.appendChild(drawPreview(state.preview)); }
        if (state.today && state.today.queueId === queue.id) { menu.appendChild(drawToday(state.today)); }
        return menu;
    }

    /** The queue's day so far: how many came, were served or gave up, how long they waited. */
    function showToday(queueId) {
        call('GET', '../statistics/queues/' + queueId + '/today').then(function (day) {
            state.today = day;
            drawQueues();
        }).catch(function (error) { showError(error.message); });
    }

    function drawToday(day) {
        var figures = el('dl', {'class': 'tiski-desk-figures', 'data-testid': 'today'});
        [['todayJoined', day.joined], ['todayServed', day.served], ['todayAbandoned', day.abandoned],
            ['todayWaiting', day.waiting], ['todayAverageWait', seconds(day.averageWaitSeconds)],
            ['todayLongestWait', seconds(day.longestWaitSeconds)],
            ['todayServiceLevel', day.serviceLevelPercent == null ? null : day.serviceLevelPercent + ' %'],
            ['todayAverageHandling', seconds(day.averageHandlingSeconds)]].forEach(function (row) {
            figures.appendChild(el('dt', {}, [t(row[0])]));
            figures.appendChild(el('dd', {}, [row[1] == null ? '–' : String(row[1])]));
        });
        return figures;
    }

    function seconds(value) {
        if (value == null) { return null; }
        return value < 60 ? value + ' s' : Math.floor(value / 60) + ' min ' + (value % 60) + ' s';
    }

    /** Who waits in the queue, oldest first, with what they told before the chat; any of them can be picked. */
    function previewWaiting(queueId) {
        call('GET', 'waiting').then(function (waiting) {
            state.preview = {queueId: queueId, customers: waiting.filter(function (c) { return c.queueId === queueId; })};
            drawQueues();
        }).catch(function (error) { showError(error.message); });
    }

    function drawPreview(preview) {
        var list = el('ol', {'class': 'tiski-desk-preview', 'data-testid': 'preview'});
        if (preview.customers.length === 0) { list.appendChild(el('li', {'class': 'tiski-desk-muted'}, [t('nobodyWaiting')])); }
        preview.customers.forEach(function (customer) {
            var pick = el('button', {'type': 'button', 'class': 'tiski-desk-button', 'data-testid': 'pickThis'}, [t('pick')]);
            pick.addEventListener('click', function () { pickCustomer(preview.queueId, customer.id, pick); });
            var facts = [customer.language, customer.browserName, customer.page].filter(Boolean).join(' · ');
            list.appendChild(el('li', {}, [
                el('strong', {}, [customer.customerName || t('customer')]),
                el('span', {'class': 'tiski-desk-muted'}, [t('waitingSince', desk.timeOf(customer.queuedAt))]),
                el('span', {'class': 'tiski-desk-muted'}, [facts]),
                customer.transferComment ? el('span', {'class': 'tiski-desk-comment'}, [customer.transferComment]) : '',
                pick]));
        });
        return list;
    }

    /** Takes the customer who has waited longest in the queue (the agent API lists them in line order). */
    function pickNext(queueId, button) {
        if (state.picking[queueId]) { return; }
        picking(queueId, button, call('GET', 'waiting').then(function (waiting) {
            var next = waiting.filter(function (c) { return c.queueId === queueId; })[0];
            if (!next) { throw new Error(t('nobodyWaiting')); }
            return take(next.id);
        }));
    }

    function pickCustomer(queueId, conversationId, button) {
        if (state.picking[queueId]) { return; }
        picking(queueId, button, take(conversationId));
    }

    /** One pick per queue at a time, whatever the sidebar redraws meanwhile. */
    function picking(queueId, button, pick) {
        state.picking[queueId] = true;
        button.disabled = true;
        pick.catch(function (error) { showError(error.message); }).then(function () {
            state.picking[queueId] = false;
            drawQueues();
        });
    }

    function take(conversationId) {
        return call('POST', 'waiting/' + conversationId + '/pick').then(function (picked) {
            state.menuQueue = null;
            state.preview = null;
            drawQueues();
            return desk.loadConversations().then(function () { desk.open(picked.id); });
        });
    }

    return {draw: drawQueues};
}
