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
