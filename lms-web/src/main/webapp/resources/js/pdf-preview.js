/* Shows a PDF inside the page with PDF.js, one page at a time: the page is drawn on a canvas and its text
   laid over it, so the text can be selected, found and read by screen readers. PDF.js runs without eval
   and without XFA forms; the file comes from the library's download URL (or the store's presigned URL it
   redirects to, which answers CORS). Keyboard: the buttons, or the arrow keys while the viewer has focus. */
(function () {
  'use strict';

  var ZOOM_STEP = 1.25;

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, index) { return values[index]; });
  }

  document.querySelectorAll('.pdf-preview').forEach(function (box) {
    var vendor = box.dataset.vendor;
    var stage = box.querySelector('.pdf-page');
    var label = box.querySelector('.pdf-page-number');
    var previous = box.querySelector('.pdf-previous');
    var next = box.querySelector('.pdf-next');
    var status = box.querySelector('[role=status]');
    var pdf = null;
    var pdfjs = null;
    var pageNumber = 1;
    var zoom = 1;
    var rendering = null;

    function show(pageWanted) {
      pageNumber = Math.max(1, Math.min(pdf.numPages, pageWanted));
      label.textContent = format(box.dataset.pageOf, [pageNumber, pdf.numPages]);
      previous.disabled = pageNumber === 1;
      next.disabled = pageNumber === pdf.numPages;
      if (rendering) {
        rendering.cancel();
      }
      return pdf.getPage(pageNumber).then(function (page) {
        var fitWidth = stage.parentElement.clientWidth / page.getViewport({ scale: 1 }).width;
        var viewport = page.getViewport({ scale: fitWidth * zoom });
        var ratio = window.devicePixelRatio || 1;
        var canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        canvas.style.width = Math.floor(viewport.width) + 'px';
        canvas.style.height = Math.floor(viewport.height) + 'px';
        canvas.setAttribute('aria-hidden', 'true');
        var text = document.createElement('div');
        text.className = 'textLayer';
        stage.replaceChildren(canvas, text);
        stage.style.width = canvas.style.width;
        stage.style.height = canvas.style.height;
        stage.style.setProperty('--total-scale-factor', viewport.scale);
        rendering = page.render({
          canvas: canvas,
          canvasContext: canvas.getContext('2d'),
          viewport: viewport,
          transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0]
        });
        var layer = new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport: viewport });
        return Promise.all([rendering.promise, layer.render()]).then(function () {
          rendering = null;
          box.dataset.renderedPage = String(pageNumber);
        });
      }).catch(function (error) {
        if (error && error.name === 'RenderingCancelledException') {
          return;
        }
        throw error;
      });
    }

    previous.addEventListener('click', function () { show(pageNumber - 1); });
    next.addEventListener('click', function () { show(pageNumber + 1); });
    box.querySelector('.pdf-zoom-in').addEventListener('click', function () { zoom *= ZOOM_STEP; show(pageNumber); });
    box.querySelector('.pdf-zoom-out').addEventListener('click', function () { zoom /= ZOOM_STEP; show(pageNumber); });
    box.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowRight' || event.key === 'PageDown') {
        show(pageNumber + 1);
        event.preventDefault();
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        show(pageNumber - 1);
        event.preventDefault();
      }
    });

    import(vendor + 'build/pdf.min.mjs').then(function (module) {
      pdfjs = module;
      pdfjs.GlobalWorkerOptions.workerSrc = vendor + 'build/pdf.worker.min.mjs';
      return pdfjs.getDocument({
        url: box.dataset.src,
        isEvalSupported: false,
        enableXfa: false,
        standardFontDataUrl: vendor + 'standard_fonts/',
        cMapUrl: vendor + 'cmaps/',
        wasmUrl: vendor + 'wasm/',
        iccUrl: vendor + 'iccs/'
      }).promise;
    }).then(function (document) {
      pdf = document;
      status.textContent = '';
      box.querySelector('.pdf-toolbar').hidden = false;
      return show(1);
    }).catch(function (error) {
      status.textContent = box.dataset.failed;
      box.dataset.error = String(error && error.message);
    });
  });
})();
