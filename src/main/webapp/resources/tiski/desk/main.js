import {deskCore} from './core.js';
import {liveLine} from './line.js';
import {conversationList} from './conversations.js';
import {chatView} from './chat.js';
import {ending} from './ending.js';
import {handovers} from './handover.js';
import {sidePanel} from './side-panel.js';
import {presence} from './presence.js';
import {composer} from './composer.js';
import {options} from './options.js';
import {panel} from './panel.js';
import {activity} from './activity.js';
import {contact} from './contact.js';
import {contactNotes} from './contact-notes.js';
import {queueSidebar} from './queues.js';
import {requestList} from './requests.js';

/*
 * The agent desk, live: the queue sidebar, the agent's conversations and the chat all come over the
 * agent's live line (/ws/agent, the chat line shared with the widget); actions (pick, end, transfer)
 * go to the agent API. Every text from a customer or another agent is put into the page with
 * textContent, never as markup.
 *
 * This module only wires the desk's components together, one per module, each handed the `core`
 * (core.js: texts, the agent API, events, the shared state), to which the components below are
 * added so that each reaches the others through it: line.js (the live line and its outbox),
 * conversations.js (the list and the tabs), chat.js (the chat: messages, sending, private mode,
 * typing), ending.js, handover.js (transfer and invite), side-panel.js (its toggle), presence.js,
 * queues.js (the queue sidebar and its menu), requests.js (offers, transfers, invitations);
 * composer.js (emoji, files), options.js (options menus), panel.js (notes, canned replies, tags),
 * activity.js (alerts), contact.js and contact-notes.js (the contact card) build on the core's
 * names below.
 */
const page = document.getElementById('desk');
if (page) { startDesk(page); }

function startDesk(desk) {
    var core = deskCore(desk);
    core.line = liveLine(core);
    core.conversations = conversationList(core);
    core.chat = chatView(core);
    core.ending = ending(core);
    core.handover = handovers(core);
    core.sidePanel = sidePanel(core);
    core.online = presence(core);
    core.sidebar = queueSidebar(core);
    core.inbox = requestList(core);
    // What the desk's other components use of the core by name.
    core.insertText = core.chat.insertText;
    core.addFile = core.chat.addFile;
    core.post = core.chat.post;
    core.loadConversations = core.conversations.load;
    core.open = core.conversations.open;
    composer(core);
    options(core);
    panel(core);
    activity(core);
    contactNotes(core, contact(core));

    core.sidebar.draw();
    core.line.start();
}
