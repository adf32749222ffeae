/*
 * The lesson player's side of a cmi5 course: when an AU ends it sends the learner to the return page, which in the
 * player's frame posts a message from this application's origin; the player then closes the frame and reads the
 * learner's progress again. Messages from any other origin are ignored.
 */
(function () {
  'use strict';
  if (window.tvetCmi5Listening) {
    return;
  }
  window.tvetCmi5Listening = true;
  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || !event.data || event.data.source !== 'tvet-cmi5') {
      return;
    }
    if (typeof window.cmi5Returned === 'function') {
      window.cmi5Returned();
    }
  });
}());
