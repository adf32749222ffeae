/*
 * The question form's library images: the server checks that the school may use the item and answers with its
 * address and title; the image goes into the question's text where the cursor is (at the end when the editor
 * has no cursor), with the title as its text for screen readers.
 */
function insertLibraryImage(args) {
    if (!args || !args.imageUrl) {
        return;
    }
    var editor = PF('questionPrompt').editor;
    var range = editor.getSelection();
    var at = range ? range.index : Math.max(0, editor.getLength() - 1);
    editor.insertEmbed(at, 'image', args.imageUrl, 'user');
    editor.formatText(at, 1, { alt: args.imageAlt }, 'user');
    editor.setSelection(at + 1, 0, 'silent');
}
