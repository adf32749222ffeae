/* Uploads the chosen file with a progress bar. Files up to one chunk go in one request to
   /library/upload (where the box has data-url). Larger files, and every file of a box without one (a
   task's evidence), go in chunks to /library/uploads: after a dropped connection the
   script asks the server how far it got and continues from there, and choosing the same file again
   after a reload resumes the same upload. The custom header is what lets the endpoints trust that
   the request came from this page. */
(function () {
  'use strict';

  var MAX_RETRY_DELAY_SECONDS = 15;

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, index) { return values[index]; });
  }

  function parse(xhr) {
    try { return JSON.parse(xhr.responseText) || {}; } catch (ignored) { return {}; }
  }

  function request(method, url, body, onProgress) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.setRequestHeader('X-LMS-Upload', '1');
      if (body) {
        xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      }
      if (onProgress) {
        xhr.upload.addEventListener('progress', function (event) { onProgress(event.loaded); });
      }
      // Status 0 stands for "no answer": the connection dropped or the browser is offline.
      xhr.addEventListener('load', function () { resolve({ status: xhr.status, body: parse(xhr) }); });
      xhr.addEventListener('error', function () { resolve({ status: 0, body: {} }); });
      xhr.addEventListener('abort', function () { resolve({ status: -1, body: {} }); });
      request.current = xhr;
      xhr.send(body || null);
    });
  }

  /** Worth trying again: no answer, a chunk cut short, the server busy or its store down. */
  function transient(status) {
    return status === 0 || status === 400 || status === 408 || status === 429 || status === 502 || status === 503 || status === 504;
  }

  document.querySelectorAll('.uploader').forEach(function (box) {
    var input = box.querySelector('input[type=file]');
    var note = box.querySelector('#note');
    var button = box.querySelector('#startUpload');
    var cancel = box.querySelector('#cancelUpload');
    var bar = box.querySelector('progress');
    var status = box.querySelector('[role=status]');
    var chunkBytes = parseInt(box.dataset.chunkBytes, 10);
    var cancelled = false;
    var wakeUp = null;
    // what the upload is for: a library item's new version, or a task's evidence ("class=…&step=…")
    var target = box.dataset.target || 'resource=' + encodeURIComponent(box.dataset.resource);

    function noteText() {
      return note ? note.value || '' : '';
    }

    function show(text, problem) {
      status.textContent = text;
      status.classList.toggle('row-problem', !!problem);
    }

    function progress(done, total) {
      bar.value = Math.floor(100 * done / total);
      return bar.value;
    }

    function failed(answer) {
      show(answer.error || box.dataset.failed, true);
      button.disabled = false;
      cancel.hidden = true;
    }

    function succeeded(answer) {
      show(answer.message || '', false);
      window.location.reload();
    }

    /** Waits before a retry; coming back online cuts the wait short. */
    function pause(attempt, percent) {
      var seconds = Math.min(MAX_RETRY_DELAY_SECONDS, Math.pow(2, attempt));
      show(format(box.dataset.retrying, [seconds, percent]), true);
      return new Promise(function (resolve) {
        var timer = setTimeout(resolve, seconds * 1000);
        wakeUp = function () { clearTimeout(timer); resolve(); };
      });
    }

    window.addEventListener('online', function () {
      if (wakeUp) {
        wakeUp();
      }
    });

    function single(file) {
      var url = box.dataset.url + '?' + target
        + '&name=' + encodeURIComponent(file.name) + '&note=' + encodeURIComponent(noteText());
      return request('POST', url, file, function (loaded) {
        show(progress(loaded, file.size) + '%', false);
      }).then(function (answer) {
        if (answer.status === 201) {
          succeeded(answer.body);
        } else {
          failed(answer.body);
        }
      });
    }

    function storageKey(file) {
      return 'lms-upload:' + target + ':' + file.name + ':' + file.size + ':' + file.lastModified;
    }

    /** The upload this file already started (after a reload), or a new one. */
    function session(file) {
      var known = window.localStorage.getItem(storageKey(file));
      var resumed = known
        ? request('GET', box.dataset.chunkedUrl + '/' + encodeURIComponent(known))
        : Promise.resolve({ status: 404, body: {} });
      return resumed.then(function (answer) {
        if (answer.status === 200) {
          show(format(box.dataset.resumed, [progress(answer.body.received, file.size)]), false);
          return answer;
        }
        var url = box.dataset.chunkedUrl + '?' + target
          + '&name=' + encodeURIComponent(file.name) + '&size=' + file.size;
        return request('POST', url).then(function (begun) {
          if (begun.status === 201) {
            window.localStorage.setItem(storageKey(file), begun.body.id);
          }
          return begun;
        });
      });
    }

    function chunked(file) {
      return session(file).then(function (begun) {
        if (begun.status !== 200 && begun.status !== 201) {
          failed(begun.body);
          return null;
        }
        var id = begun.body.id;
        var base = box.dataset.chunkedUrl + '/' + encodeURIComponent(id);
        var offset = begun.body.received;
        var attempt = 0;
        cancel.hidden = false;
        cancel.onclick = function () {
          if (!window.confirm(box.dataset.confirmCancel)) {
            return;
          }
          cancelled = true;
          if (request.current) {
            request.current.abort();
          }
          request('DELETE', base);
          window.localStorage.removeItem(storageKey(file));
          show(box.dataset.cancelled, false);
          button.disabled = false;
          cancel.hidden = true;
        };

        function retry() {
          return pause(attempt++, progress(offset, file.size)).then(function () {
            // Ask where the server got to: the lost chunk may have arrived after all.
            return request('GET', base).then(function (answer) {
              if (answer.status === 200) {
                offset = answer.body.received;
                show(format(box.dataset.resumed, [progress(offset, file.size)]), false);
              }
              return next();
            });
          });
        }

        function next() {
          if (cancelled) {
            return null;
          }
          if (offset >= file.size) {
            show(box.dataset.finishing, false);
            return request('POST', base + '/finish?note=' + encodeURIComponent(noteText()))
              .then(function (answer) {
                if (answer.status === 201) {
                  window.localStorage.removeItem(storageKey(file));
                  succeeded(answer.body);
                  return null;
                }
                if (transient(answer.status) && answer.status !== 400) {
                  return pause(attempt++, 100).then(next);
                }
                window.localStorage.removeItem(storageKey(file));
                failed(answer.body);
                return null;
              });
          }
          var end = Math.min(offset + chunkBytes, file.size);
          return request('PUT', base + '?offset=' + offset, file.slice(offset, end), function (loaded) {
            show(progress(offset + loaded, file.size) + '%', false);
          }).then(function (answer) {
            if (cancelled || answer.status === -1) {
              return null;
            }
            if (answer.status === 200 || (answer.status === 409 && typeof answer.body.received === 'number')) {
              attempt = 0;
              offset = answer.body.received;
              return next();
            }
            if (transient(answer.status)) {
              return retry();
            }
            window.localStorage.removeItem(storageKey(file));
            failed(answer.body);
            return null;
          });
        }
        return next();
      });
    }

    button.addEventListener('click', function () {
      var file = input.files[0];
      if (!file) {
        // Never a click without an answer: say what is missing next to the button.
        show(box.dataset.chooseFirst, true);
        input.focus();
        return;
      }
      cancelled = false;
      button.disabled = true;
      bar.hidden = false;
      bar.value = 0;
      show('', false);
      if (file.size > chunkBytes || !box.dataset.url) {
        chunked(file);
      } else {
        single(file);
      }
    });
  });
})();
