/* The phone menu: one button shows and hides the menu and the account tools, and says which it is doing. */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('menuToggle');
    if (!toggle) {
      return;
    }
    toggle.addEventListener('click', function () {
      var open = document.body.classList.toggle('nav-open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  });
})();

/*
 * A button that needs a field filled first (data-requires="the field's id") stays disabled until it is, and
 * shows its reason (data-requires-hint="the id of a hint element"), so a click never goes without an answer.
 * The server checks again: this only saves a round trip and says why earlier.
 */
(function () {
  'use strict';
  function refresh() {
    document.querySelectorAll('[data-requires]').forEach(function (button) {
      var field = document.getElementById(button.getAttribute('data-requires'));
      if (!field) {
        return;
      }
      var missing = field.value.trim() === '';
      button.disabled = missing;
      button.classList.toggle('ui-state-disabled', missing);
      button.setAttribute('aria-disabled', missing ? 'true' : 'false');
      var hint = document.getElementById(button.getAttribute('data-requires-hint'));
      if (hint) {
        hint.hidden = !missing;
      }
    });
  }
  document.addEventListener('input', refresh);
  document.addEventListener('DOMContentLoaded', function () {
    refresh();
    if (window.jQuery) {
      // after an update the fields may be empty again (such buttons set disableOnAjax="false" so that
      // PrimeFaces does not enable them again once the request ends)
      window.jQuery(document).on('pfAjaxComplete', function () {
        window.setTimeout(refresh, 0);
      });
    }
  });
})();

/*
 * Repairs of PrimeFaces markup for screen readers (checked by axe-core in the browser tests): a message list
 * whose items carry role="alert" is no list to assistive technology, so the list itself is made presentational;
 * a file input hidden from screen readers (the widget's button stands for it) must not take keyboard focus.
 */
(function () {
  'use strict';
  function set(element, name, value) {
    // only when different: the observer below would otherwise be called back for its own change forever
    if (element.getAttribute(name) !== value) {
      element.setAttribute(name, value);
    }
  }
  function repair(root) {
    root.querySelectorAll('.ui-messages ul, .ui-message ul').forEach(function (list) {
      set(list, 'role', 'none');
    });
    root.querySelectorAll('input[type=file][aria-hidden=true]').forEach(function (input) {
      set(input, 'tabindex', '-1');
    });
    // the file chooser is a focusable span holding the (hidden) file input, so it cannot be a button; its
    // visible text names it, and a label attribute is not allowed on a span without a role
    root.querySelectorAll('.ui-fileupload-choose[aria-labelledby]').forEach(function (chooser) {
      chooser.removeAttribute('aria-labelledby');
    });
    // a multiple autocomplete is a plain list of the chosen items and the field; the field is the combobox
    root.querySelectorAll('.ui-autocomplete-multiple-container').forEach(function (list) {
      ['role', 'aria-orientation'].forEach(function (name) {
        if (list.hasAttribute(name)) {
          list.removeAttribute(name);
        }
      });
      Array.prototype.forEach.call(list.children, function (item) {
        ['role', 'aria-selected'].forEach(function (name) {
          if (item.hasAttribute(name)) {
            item.removeAttribute(name);
          }
        });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    repair(document);
    new MutationObserver(function () {
      repair(document);
    }).observe(document.body, {childList: true, subtree: true});
  });
})();
