/* Streams the chosen file to /library/upload as the raw request body, with a progress bar.
   The custom header is what lets the endpoint trust the request came from this page. */
(function () {
  'use strict';
  document.querySelectorAll('.uploader').forEach(function (box) {
    var input = box.querySelector('input[type=file]');
    var note = box.querySelector('#note');
    var button = box.querySelector('#startUpload');
    var bar = box.querySelector('progress');
    var status = box.querySelector('[role=status]');

    button.addEventListener('click', function () {
      var file = input.files[0];
      if (!file) {
        input.focus();
        return;
      }
      var url = box.dataset.url + '?resource=' + encodeURIComponent(box.dataset.resource)
        + '&name=' + encodeURIComponent(file.name) + '&note=' + encodeURIComponent(note.value || '');
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('X-LMS-Upload', '1');
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          bar.value = Math.round(100 * event.loaded / event.total);
          status.textContent = bar.value + '%';
        }
      });
      xhr.addEventListener('load', function () {
        var answer = {};
        try { answer = JSON.parse(xhr.responseText); } catch (ignored) { answer = {}; }
        if (xhr.status === 201) {
          status.textContent = answer.message || '';
          window.location.reload();
        } else {
          status.textContent = answer.error || box.dataset.failed;
          status.classList.add('row-problem');
          button.disabled = false;
        }
      });
      xhr.addEventListener('error', function () {
        status.textContent = box.dataset.failed;
        status.classList.add('row-problem');
        button.disabled = false;
      });
      button.disabled = true;
      bar.hidden = false;
      bar.value = 0;
      status.classList.remove('row-problem');
      xhr.send(file);
    });
  });
})();
