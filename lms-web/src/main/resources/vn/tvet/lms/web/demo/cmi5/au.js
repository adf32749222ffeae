/*
 * A small cmi5 assignable unit written for TVET LMS's demo and tests, with hand-written calls (cmi5 sections 8-11):
 * read the launch parameters, POST the fetch URL once for the credentials, read LMS.LaunchData and the learner's
 * preferences, then send initialized, the result (passed/failed with the score, completed) and terminated, each
 * built from the context template; finally go to the returnURL.
 */
(function () {
  'use strict';
  var CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  var MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
  var MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
  var params = new URLSearchParams(window.location.search);
  var endpoint = (params.get('endpoint') || '').replace(/\/$/, '');
  var actor = JSON.parse(params.get('actor') || '{}');
  var registration = params.get('registration');
  var activityId = params.get('activityId');
  var status = document.getElementById('status');
  var auth = null;
  var launchData = null;
  var started = Date.now();
  var finished = false;

  function uuid() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function duration() {
    return 'PT' + ((Date.now() - started) / 1000).toFixed(2) + 'S';
  }

  function headers(json) {
    var h = { 'Authorization': auth, 'X-Experience-API-Version': '1.0.3' };
    if (json) {
      h['Content-Type'] = 'application/json';
    }
    return h;
  }

  /* A statement with the context template: defined ones add the cmi5 category, judged ones the moveOn one too. */
  function statement(verb, defined, result) {
    var context = JSON.parse(JSON.stringify(launchData.contextTemplate));
    context.registration = registration;
    context.contextActivities = context.contextActivities || {};
    if (defined) {
      var category = [{ id: CMI5 }];
      if (result && (result.success !== undefined || result.completion !== undefined)) {
        category.push({ id: MOVE_ON });
      }
      context.contextActivities.category = category;
    }
    if (verb === 'passed' || verb === 'failed') {
      if (launchData.masteryScore !== undefined) {
        context.extensions[MASTERY] = launchData.masteryScore;
      }
    }
    var s = {
      id: uuid(), actor: actor, timestamp: new Date().toISOString(),
      verb: { id: 'http://adlnet.gov/expapi/verbs/' + verb, display: { 'en-US': verb } },
      object: { objectType: 'Activity', id: activityId },
      context: context
    };
    if (result) {
      s.result = result;
    }
    return s;
  }

  function send(s) {
    return fetch(endpoint + '/statements?statementId=' + s.id, {
      method: 'PUT', mode: 'cors', headers: headers(true), body: JSON.stringify(s)
    }).then(function (response) {
      if (response.status !== 204) {
        throw new Error('LRS answered ' + response.status);
      }
    });
  }

  function finish() {
    if (finished) {
      return Promise.resolve();
    }
    finished = true;
    return send(statement('terminated', true, { duration: duration() })).then(function () {
      status.textContent = 'Đã kết thúc bài.';
      if (launchData.returnURL) {
        window.location.href = launchData.returnURL;
      }
    });
  }

  function judged() {
    return launchData.launchMode === 'Normal';
  }

  function submit() {
    var right = 0;
    if ((document.querySelector('input[name=q1]:checked') || {}).value === 'a') { right++; }
    if ((document.querySelector('input[name=q2]:checked') || {}).value === 'b') { right++; }
    var scaled = right / 2;
    var mastery = launchData.masteryScore === undefined ? 0.8 : launchData.masteryScore;
    var passed = scaled >= mastery;
    document.getElementById('result').textContent = (passed ? 'Đạt' : 'Chưa đạt') + ': ' + right + '/2 câu đúng.';
    document.getElementById('submit').disabled = true;
    if (!judged()) {
      return Promise.resolve();
    }
    var score = { scaled: scaled, raw: right, min: 0, max: 2 };
    return send(statement(passed ? 'passed' : 'failed', true, { success: passed, score: score, duration: duration() }))
      .then(function () {
        return send(statement('completed', true, { completion: true, duration: duration() }));
      });
  }

  function start() {
    return fetch(params.get('fetch'), { method: 'POST', mode: 'cors' }).then(function (r) { return r.json(); })
      .then(function (token) {
        if (!token['auth-token']) {
          throw new Error('fetch refused: ' + token['error-code']);
        }
        auth = 'Basic ' + token['auth-token'];
        var query = new URLSearchParams({ stateId: 'LMS.LaunchData', activityId: activityId,
          agent: JSON.stringify(actor), registration: registration });
        return fetch(endpoint + '/activities/state?' + query, { mode: 'cors', headers: headers(false) });
      })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        launchData = data;
        var profile = new URLSearchParams({ profileId: 'cmi5LearnerPreferences', agent: JSON.stringify(actor) });
        return fetch(endpoint + '/agents/profile?' + profile, { mode: 'cors', headers: headers(false) });
      })
      .then(function () {
        return send(statement('initialized', true, null));
      })
      .then(function () {
        var part = params.get('bai') === 'kiem-tra' ? 'test' : 'doc';
        document.getElementById(part).hidden = false;
        document.getElementById('finish').hidden = false;
        status.textContent = 'Chế độ: ' + launchData.launchMode;
        document.body.setAttribute('data-ready', launchData.launchMode);
        if (part === 'doc' && judged()) {
          // reading the procedure is all this unit asks: it is completed once shown
          return send(statement('completed', true, { completion: true, duration: duration() }));
        }
      })
      .catch(function (error) {
        status.textContent = 'Không kết nối được với hệ thống học tập: ' + error.message;
        document.body.setAttribute('data-error', error.message);
      });
  }

  document.getElementById('submit').addEventListener('click', function () {
    submit().catch(function (error) { status.textContent = 'Không gửi được kết quả: ' + error.message; });
  });
  document.getElementById('finish').addEventListener('click', function () {
    finish().catch(function (error) { status.textContent = 'Không kết thúc được: ' + error.message; });
  });
  start();
}());
