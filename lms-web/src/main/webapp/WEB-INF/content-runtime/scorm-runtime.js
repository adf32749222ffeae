/*
 * The SCORM API for the framed SCO, on the content origin: scorm-again (window.API for 1.2, window.API_1484_11 for
 * 2004) loaded with the values the server gave this session. Commits send the whole data model (so a failed one is
 * made good by the next), close together ones are batched, each carries a sequence of ours so the server stores a
 * resent one once, and the page sends what it has when it is hidden without the SCO having finished. The player
 * (the application's page that frames this one) is told after each stored commit, to show progress.
 */
(function () {
  'use strict';
  var state = JSON.parse(document.getElementById('scorm-state').textContent);
  var sequence = 0;
  var finished = false;

  function tellPlayer(kind, navigation, target) {
    if (window.parent !== window && state.playerOrigin) {
      window.parent.postMessage({ source: 'tvet-scorm', kind: kind, navigation: navigation || null, target: target || null },
        state.playerOrigin);
    }
  }

  var settings = {
    lmsCommitUrl: state.commitUrl,
    dataCommitFormat: 'flattened',
    sendFullCommit: true,
    includeCommitSequence: true,
    terminateCommitPayloadField: 'terminated',
    useAsynchronousCommits: true,
    throttleCommits: true,
    asyncModeBeaconBehavior: 'on-terminate',
    autocommit: false,
    // SCORM 1.2 RTE 3.4.4: a SCO that finishes without a status is "completed" (then judged by the mastery score)
    autoCompleteLessonStatus: true,
    logLevel: 5,
    requestHandler: function (commit) {
      if (commit && typeof commit === 'object' && !Array.isArray(commit)) {
        sequence += 1;
        commit.commitSequence = sequence;
      }
      return commit;
    },
    responseHandler: function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.ok) {
          tellPlayer('committed');
          return { result: 'true', errorCode: 0 };
        }
        return { result: 'false', errorCode: typeof body.errorCode === 'number' ? body.errorCode : 391 };
      });
    }
  };

  var api;
  if (state.version === '1.2') {
    api = new window.Scorm12API(settings);
    window.API = api;
  } else {
    api = new window.Scorm2004API(settings);
    window.API_1484_11 = api;
  }
  api.loadFromFlattenedJSON(state.values, '');

  var finishEvents = state.version === '1.2' ? 'LMSFinish' : 'Terminate';
  var navigation = null;
  var navigationTarget = null;
  // SCORM 2004: adl.nav.request at Terminate comes as these events; the player's sequencing (on the server) acts on it
  [['SequenceNext', 'continue'], ['SequencePrevious', 'previous'], ['SequenceChoice', 'choice'],
    ['SequenceExit', 'exit'], ['SequenceExitAll', 'exitAll']].forEach(function (pair) {
    if (state.version !== '1.2') {
      api.on(pair[0], function (element, target) {
        navigation = pair[1];
        navigationTarget = typeof target === 'string' ? target : null;
      });
    }
  });
  api.on(finishEvents, function () {
    finished = true;
    // the terminating commit goes by beacon; give it a moment before the player reads progress
    window.setTimeout(function () { tellPlayer('finished', navigation, navigationTarget); }, 500);
  });

  // A SCO closed without LMSFinish/Terminate still leaves its data: the whole model, by beacon, which outlives the page.
  window.addEventListener('pagehide', function () {
    if (finished || typeof api.renderCommitCMI !== 'function') {
      return;
    }
    var commit = api.renderCommitCMI(false);
    sequence += 1;
    commit.commitSequence = sequence;
    navigator.sendBeacon(state.commitUrl, new Blob([JSON.stringify(commit)], { type: 'text/plain;charset=UTF-8' }));
  });
}());
