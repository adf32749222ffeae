/*
 * The lesson player's side of a SCORM package: the runtime page on the content origin says when a commit was stored
 * or the SCO finished, and the player reads the learner's progress again. Messages from any other origin are ignored.
 */
(function () {
  'use strict';
  var frame = document.getElementById('scormPlayer');
  if (!frame) {
    return;
  }
  var origin = frame.getAttribute('data-origin');
  var pending = null;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.source !== 'tvet-scorm') {
      return;
    }
    // a SCORM 2004 SCO that ended asking to go on: follow the player's own link for it (the server sequences)
    var link = null;
    if (event.data.kind === 'finished' && event.data.navigation === 'continue') {
      link = document.querySelector('a[data-nav="continue"]');
    } else if (event.data.kind === 'finished' && event.data.navigation === 'previous') {
      link = document.querySelector('a[data-nav="previous"]');
    } else if (event.data.kind === 'finished' && event.data.navigation === 'choice' && event.data.target) {
      link = document.querySelector('a[data-sco="' + String(event.data.target).replace(/["\\]/g, '') + '"]');
    }
    if (link) {
      window.location.href = link.href;
      return;
    }
    // several commits close together make one refresh
    window.clearTimeout(pending);
    pending = window.setTimeout(function () {
      if (typeof window.packageReported === 'function') {
        window.packageReported();
      }
    }, 300);
  });
}());
