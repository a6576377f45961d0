/*
 * Options menus at the desk: the agent asks a question with 2 to N choices (a native modal dialog:
 * labelled fields, Tab stays inside, Escape closes), the customer answers with one click in the
 * widget, and the answer shows here marked as chosen from the menu. The menu goes as an ordinary
 * message with its options, through the desk's outbox like any other (sent again after a reconnect);
 * the server checks the same rules again (Message.offer).
 */
export function options(desk) {
    var dialog = document.getElementById('deskOptionsDialog');
    if (!dialog) { return; }
    var $ = function (id) { return document.getElementById(id); };
    var maxChoices = Number(dialog.dataset.maxChoices);
    var maxLength = Number(dialog.dataset.maxLength);
    var choices = [];

    function t(key) {
        var text = dialog.dataset['t' + key.charAt(0).toUpperCase() + key.slice(1)] || key;
        for (var i = 1; i < arguments.length; i++) { text = text.replace('{' + (i - 1) + '}', String(arguments[i])); }
        return text;
    }

    function open() {
        var conversation = desk.current();
        if (!conversation || conversation.ended || dialog.open) { return; }
        $('deskOptionsQuestion').value = '';
        choices = ['', ''];
        showError($('deskOptionsQuestion'), '');
        $('deskOptionsError').textContent = '';
        drawChoices();
        dialog.showModal();
        $('deskOptionsQuestion').focus();
    }

    /** Redraws the choice fields from {@link choices}; what was typed is read back first. */
    function drawChoices(focusIndex) {
        var list = $('deskOptionsChoices');
        list.textContent = '';
        choices.forEach(function (value, index) {
            var id = 'deskOptionsChoice' + index;
            var input = desk.el('input', {'type': 'text', 'id': id, 'maxlength': String(maxLength), 'autocomplete': 'off',
                'data-testid': 'optionsChoice', 'aria-describedby': id + 'Error'});
            input.value = value;
            input.addEventListener('input', function () { choices[index] = input.value; });
            var row = desk.el('li', {'class': 'tiski-desk-option-row'}, [
                desk.el('label', {'for': id}, [t('choice', index + 1)]), input]);
            if (choices.length > 2) {
                var remove = desk.el('button', {'type': 'button', 'class': 'tiski-desk-button',
                    'aria-label': t('remove', index + 1), 'title': t('remove', index + 1),
                    'data-testid': 'optionsRemove'}, ['×']);
                remove.addEventListener('click', function () {
                    choices.splice(index, 1);
                    drawChoices(Math.max(0, index - 1));
                });
                row.appendChild(remove);
            }
            row.appendChild(desk.el('span', {'id': id + 'Error', 'class': 'tiski-desk-field-error',
                'data-testid': 'optionsChoiceError'}));
            list.appendChild(row);
        });
        $('deskOptionsAdd').hidden = choices.length >= maxChoices;
        if (focusIndex !== undefined) { $('deskOptionsChoice' + focusIndex).focus(); }
    }

    function showError(field, text) {
        var error = $(field.getAttribute('aria-describedby'));
        error.textContent = text;
        if (text) { field.setAttribute('aria-invalid', 'true'); } else { field.removeAttribute('aria-invalid'); }
        return !text;
    }

    /** Each field says what is wrong with it; the first wrong one takes the focus. Nothing is sent then. */
    function send(event) {
        event.preventDefault();
        var question = $('deskOptionsQuestion');
        var valid = showError(question, question.value.trim() ? '' : t('questionMissing'));
        var seen = {};
        choices.forEach(function (value, index) {
            var text = value.trim();
            var key = text.toLocaleLowerCase();
            var problem = !text ? t('choiceMissing') : text.length > maxLength ? t('choiceTooLong', maxLength)
                : seen[key] ? t('choiceTwice') : '';
            seen[key] = true;
            valid = showError($('deskOptionsChoice' + index), problem) && valid;
        });
        if (!valid) {
            dialog.querySelector('[aria-invalid=true]').focus();
            return;
        }
        var conversation = desk.current();
        if (!conversation || conversation.ended) {
            $('deskOptionsError').textContent = desk.t('failed');
            return;
        }
        desk.post({body: question.value.trim(), options: choices.map(function (value) { return value.trim(); })});
        dialog.close();
    }

    /** The agent's menu shows its choices; the customer's answer is marked, and so is its choice in the menu. */
    function drawn(message) {
        var frame = message.frame;
        var item = message.item;
        if (frame.options && frame.options.length) {
            // A menu still on its way has no number yet: answers find it once it is stored.
            var list = desk.el('ul', {'class': 'tiski-desk-offered', 'aria-label': t('offered'),
                'data-testid': 'offeredOptions'});
            if (frame.seq) { list.dataset.menu = String(frame.seq); }
            frame.options.forEach(function (option) {
                list.appendChild(desk.el('li', {'data-testid': 'offeredOption'}, [option]));
            });
            item.appendChild(list);
            Array.prototype.forEach.call(document.querySelectorAll('#deskMessages [data-answer-to="' + frame.seq + '"]'),
                function (answer) { markChoice(list, answer.dataset.choice); });
        }
        if (frame.answerTo) {
            item.dataset.answerTo = String(frame.answerTo);
            item.dataset.choice = frame.body;
            item.classList.add('tiski-desk-answer');
            // In the line that says who wrote it and when.
            item.firstChild.appendChild(desk.el('span', {'class': 'tiski-desk-chosen-mark', 'data-testid': 'chosenMark'},
                [t('chosen')]));
            var menu = document.querySelector('#deskMessages [data-menu="' + frame.answerTo + '"]');
            if (menu) { markChoice(menu, frame.body); }
        }
    }

    function markChoice(menu, choice) {
        Array.prototype.forEach.call(menu.children, function (option) {
            if (option.textContent === choice) {
                option.classList.add('tiski-desk-chosen');
                option.dataset.chosen = 'true';
            }
        });
    }

    $('deskOptions').addEventListener('click', open);
    $('deskOptionsAdd').addEventListener('click', function () {
        if (choices.length >= maxChoices) { return; }
        choices.push('');
        drawChoices(choices.length - 1);
    });
    $('deskOptionsCancel').addEventListener('click', function () { dialog.close(); });
    $('deskOptionsForm').addEventListener('submit', send);
    // Escape closes a modal dialog by itself ("cancel"); either way the focus goes back to the button.
    // Closed because another chat opened (or none is open): the focus stays where the desk put it.
    var quietly = false;
    dialog.addEventListener('close', function () {
        if (!quietly) { $('deskOptions').focus(); }
        quietly = false;
    });
    function closeQuietly() {
        if (dialog.open) {
            quietly = true;
            dialog.close();
        }
    }
    desk.on('message', drawn);
    desk.on('closed', closeQuietly);
    desk.on('open', closeQuietly);
}
