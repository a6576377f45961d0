/*
 * The desk's message box, beyond typing: an emoji picker, and files (the attach button, dropped on
 * the conversation, or pasted). Files upload at once and go with the next message by id.
 */
export function composer(desk) {
    var $ = function (id) { return document.getElementById(id); };

    // The faces agents reach for most in customer service; a full picker would be a library's job.
    var EMOJIS = ['🙂', '😊', '😀', '😉', '👍', '👋', '🙏', '👌', '🎉', '✅', '❤️', '😅', '🤔', '😔', '😢',
        '😮', '🙌', '💡', '📎', '📞', '📧', '⏳', '⚠️', '❌', '➡️', '⭐'];

    function drawEmojis() {
        var box = $('deskEmojis');
        EMOJIS.forEach(function (emoji) {
            var button = desk.el('button', {'type': 'button', 'class': 'tiski-desk-emoji', 'data-testid': 'emojiChoice'},
                [emoji]);
            button.addEventListener('click', function () {
                desk.insertText(emoji);
                toggleEmojis(false);
            });
            box.appendChild(button);
        });
    }

    function toggleEmojis(visible) {
        $('deskEmojis').hidden = !visible;
        $('deskEmoji').setAttribute('aria-expanded', String(visible));
    }

    function upload(files) {
        var conversation = desk.current();
        if (!conversation || conversation.ended || files.length === 0) { return; }
        var names = Array.prototype.map.call(files, function (file) { return file.name || 'pasted.png'; });
        $('deskError').textContent = desk.t('uploading', names.join(', '));
        Promise.all(Array.prototype.map.call(files, function (file, index) {
            return desk.call('POST', 'attachments?conversationId=' + conversation.id
                + '&name=' + encodeURIComponent(names[index]), file);
        })).then(function (uploaded) {
            // Files belong to the chat they were uploaded for; another one may be open by now.
            if (desk.current() !== conversation) { return; }
            $('deskError').textContent = '';
            uploaded.forEach(function (file) { desk.addFile({id: file.id, name: file.name}); });
            $('deskInput').focus();
        }).catch(function (error) { desk.showError(error.message); });
    }

    $('deskEmoji').addEventListener('click', function () { toggleEmojis($('deskEmojis').hidden); });
    $('deskFile').addEventListener('change', function (event) {
        upload(event.target.files);
        event.target.value = '';
    });
    var area = $('deskConversation');
    area.addEventListener('dragover', function (event) {
        if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
            event.preventDefault();
            area.classList.add('tiski-desk-dropping');
        }
    });
    area.addEventListener('dragleave', function () { area.classList.remove('tiski-desk-dropping'); });
    area.addEventListener('drop', function (event) {
        area.classList.remove('tiski-desk-dropping');
        if (event.dataTransfer && event.dataTransfer.files.length > 0) {
            event.preventDefault();
            upload(event.dataTransfer.files);
        }
    });
    // A pasted screenshot is a file; pasted text stays text.
    $('deskInput').addEventListener('paste', function (event) {
        var files = event.clipboardData ? event.clipboardData.files : [];
        if (files && files.length > 0) {
            event.preventDefault();
            upload(files);
        }
    });
    desk.on('open', function () { toggleEmojis(false); });
    drawEmojis();
}
