// The report page: words selected in a section's text fill the quote of that section's comment form and unfold it.
// The quote can also be typed by hand; the server checks that it stands in the section either way.
(function () {
  'use strict';

  function elementOf(node) {
    return node && node.nodeType === Node.ELEMENT_NODE ? node : node && node.parentElement;
  }

  function quoteField(section) {
    var slot = section.querySelector(':scope > .review-slot');
    return slot && slot.querySelector('input[name="quote"]');
  }

  // The selected words, if they lie in the text of one section (not in its comments, nor across sections).
  function selectedQuote() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return null;
    }
    var range = selection.getRangeAt(0);
    var start = elementOf(range.startContainer);
    var end = elementOf(range.endContainer);
    if (!start || !end || start.closest('.review-slot') || end.closest('.review-slot')) {
      return null;
    }
    var section = start.closest('.doc-section');
    if (!section || section !== end.closest('.doc-section')) {
      return null;
    }
    var contents = range.cloneContents();
    if (contents.querySelector('.doc-section, .review-slot')) {
      return null;
    }
    // footnote numbers and bullet marks are not words of the text
    contents.querySelectorAll('sup, .doc-bullet-mark').forEach(function (node) { node.remove(); });
    var text = contents.textContent.replace(/\s+/g, ' ').trim();
    return text ? { section: section, text: text } : null;
  }

  function fillQuote() {
    var quote = selectedQuote();
    var field = quote && quoteField(quote.section);
    if (!field) {
      return;
    }
    field.value = field.maxLength > 0 ? quote.text.substring(0, field.maxLength) : quote.text;
    field.classList.add('review-quote-filled');
    var form = field.closest('details');
    if (form) {
      form.open = true;
    }
  }

  document.addEventListener('mouseup', function () { window.setTimeout(fillQuote, 0); });
  document.addEventListener('keyup', function (event) {
    if (event.shiftKey) {
      fillQuote();
    }
  });
  document.addEventListener('input', function (event) {
    if (event.target.classList && event.target.classList.contains('review-quote-field')) {
      event.target.classList.remove('review-quote-filled');
    }
  });
})();
