/*
 * A demo SCO written for TVET LMS: three pages, one question. It finds the LMS's API the way SCORM content does
 * (the parent windows, then the opener), resumes at the stored location, and reports progress, the answer (as an
 * interaction), the score and the status, committing at each step. VERSION is written in when the package is built.
 */
(function () {
  'use strict';
  var VERSION = '__VERSION__';
  var PAGES = 3;
  var scorm12 = VERSION === '1.2';
  var names = scorm12
    ? { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish',
        location: 'cmi.core.lesson_location', entry: 'cmi.core.entry', exit: 'cmi.core.exit',
        raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max', session: 'cmi.core.session_time' }
    : { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate',
        location: 'cmi.location', entry: 'cmi.entry', exit: 'cmi.exit',
        raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max', session: 'cmi.session_time' };

  function findApi() {
    var name = scorm12 ? 'API' : 'API_1484_11';
    var win = window;
    for (var tries = 0; win && tries < 8; tries++) {
      try {
        if (win[name]) { return win[name]; }
      } catch (e) { /* another origin: keep looking */ }
      if (win.parent === win) { break; }
      win = win.parent;
    }
    try {
      if (window.opener && window.opener[name]) { return window.opener[name]; }
    } catch (e) { /* none */ }
    return null;
  }

  var api = findApi();
  var started = Date.now();
  var finished = false;
  var page = 1;
  var visited = {};
  var answered = '';

  function get(element) { return api ? String(api[names.get](element)) : ''; }
  function set(element, value) { if (api) { api[names.set](element, String(value)); } }
  function commit() { if (api) { api[names.commit](''); } }

  function say(text) { document.getElementById('status').textContent = text; }

  function sessionTime() {
    var seconds = Math.round((Date.now() - started) / 1000);
    if (!scorm12) { return 'PT' + seconds + 'S'; }
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds / 60) % 60, s = seconds % 60;
    return ('000' + h).slice(-4) + ':' + ('0' + m).slice(-2) + ':' + ('0' + s).slice(-2);
  }

  function saveState() {
    set(names.location, page);
    set('cmi.suspend_data', 'visited=' + Object.keys(visited).join(',') + ';answer=' + answered);
    if (!answered) {
      if (scorm12) {
        set('cmi.core.lesson_status', 'incomplete');
      } else {
        set('cmi.completion_status', 'incomplete');
        set('cmi.progress_measure', (Object.keys(visited).length / PAGES).toFixed(2));
      }
    }
    commit();
  }

  function show(number) {
    page = Math.max(1, Math.min(PAGES, number));
    visited[page] = true;
    var sections = document.querySelectorAll('.page');
    for (var i = 0; i < sections.length; i++) {
      sections[i].hidden = Number(sections[i].getAttribute('data-page')) !== page;
    }
    document.getElementById('pageNumber').textContent = 'Trang ' + page + '/' + PAGES;
    saveState();
  }

  function check() {
    var picked = document.querySelector('input[name=answer]:checked');
    if (!picked) {
      document.getElementById('result').textContent = 'Hãy chọn một phương án.';
      return;
    }
    answered = picked.value;
    var correct = answered === 'a';
    set(names.min, 0);
    set(names.max, 100);
    set(names.raw, correct ? 100 : 0);
    set('cmi.interactions.0.id', 'cat-dien-buoc-dau');
    set('cmi.interactions.0.type', 'choice');
    if (scorm12) {
      set('cmi.interactions.0.student_response', answered);
      set('cmi.interactions.0.result', correct ? 'correct' : 'wrong');
      set('cmi.core.lesson_status', correct ? 'passed' : 'failed');
    } else {
      set('cmi.interactions.0.learner_response', answered);
      set('cmi.interactions.0.result', correct ? 'correct' : 'incorrect');
      set('cmi.score.scaled', correct ? 1 : 0);
      set('cmi.progress_measure', 1);
      set('cmi.completion_status', 'completed');
      set('cmi.success_status', correct ? 'passed' : 'failed');
    }
    saveState();
    document.getElementById('result').textContent = correct ? 'Chính xác! Cắt điện, khóa và treo biển báo luôn là việc đầu tiên.'
      : 'Chưa đúng. Việc đầu tiên luôn là cắt điện, khóa và treo biển báo.';
  }

  function finish() {
    if (finished || !api) { return; }
    finished = true;
    set(names.exit, answered ? (scorm12 ? '' : 'normal') : 'suspend');
    set(names.session, sessionTime());
    if (!scorm12 && answered) {
      // SCORM 2004: ask the LMS to go on to the next activity (its sequencing decides whether there is one)
      set('adl.nav.request', 'continue');
    }
    api[names.finish]('');
    say('Đã lưu kết quả. Bạn có thể chuyển sang hoạt động tiếp theo.');
  }

  if (!api) {
    say('Không tìm thấy hệ thống quản lý học tập: tiến độ sẽ không được lưu.');
  } else {
    api[names.init]('');
    if (get(names.entry) === 'resume') {
      var state = get('cmi.suspend_data');
      var match = /visited=([0-9,]*);answer=([a-c]?)/.exec(state);
      if (match) {
        match[1].split(',').filter(Boolean).forEach(function (n) { visited[n] = true; });
        answered = match[2];
      }
      page = Number(get(names.location)) || 1;
      say('Tiếp tục từ trang ' + page + '.');
    }
  }
  document.getElementById('previous').addEventListener('click', function () { show(page - 1); });
  document.getElementById('next').addEventListener('click', function () { show(page + 1); });
  document.getElementById('check').addEventListener('click', check);
  document.getElementById('finish').addEventListener('click', finish);
  window.addEventListener('pagehide', function () {
    if (!finished && api) {
      set(names.exit, 'suspend');
      set(names.session, sessionTime());
      api[names.finish]('');
      finished = true;
    }
  });
  show(page);
}());
