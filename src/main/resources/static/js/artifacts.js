// File uploads into a record's artifacts: drag and drop or choose, sent with XHR for a progress bar.
// Handlers are delegated from the document, because the upload form arrives later in an htmx fragment.
(() => {
  const formOf = (element) => element && element.closest && element.closest('form[data-upload]');

  function upload(form, files) {
    if (!files || files.length === 0) {
      return;
    }
    const data = new FormData();
    for (const file of files) {
      data.append('files', file, file.name);
    }
    const progress = form.querySelector('#upload-progress');
    const bar = progress.querySelector('.progress-bar');
    const error = form.querySelector('#upload-error');
    const submit = form.querySelector('button[type=submit]');
    progress.classList.remove('d-none');
    error.classList.add('d-none');
    submit.disabled = true;
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.dataset.upload);
    xhr.setRequestHeader('HX-Request', 'true');
    if (form.dataset.csrfHeader) {
      xhr.setRequestHeader(form.dataset.csrfHeader, form.dataset.csrfToken);
    }
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        const percent = Math.round((event.loaded / event.total) * 100);
        bar.style.width = percent + '%';
        progress.setAttribute('aria-valuenow', String(percent));
      }
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        const container = document.getElementById('artifacts');
        container.outerHTML = xhr.responseText;
        const replaced = document.getElementById('artifacts');
        if (window.htmx && replaced) {
          window.htmx.process(replaced);
        }
      } else {
        fail(form, error, submit, progress, 'HTTP ' + xhr.status);
      }
    });
    xhr.addEventListener('error', () => fail(form, error, submit, progress, 'network error'));
    xhr.send(data);
  }

  function fail(form, error, submit, progress, reason) {
    error.textContent = error.dataset.prefix + ' ' + reason;
    error.classList.remove('d-none');
    progress.classList.add('d-none');
    submit.disabled = false;
  }

  document.addEventListener('change', (event) => {
    const form = formOf(event.target);
    if (form && event.target.type === 'file') {
      upload(form, event.target.files);
    }
  });
  document.addEventListener('submit', (event) => {
    const form = formOf(event.target);
    if (form) {
      event.preventDefault();
      upload(form, form.querySelector('input[type=file]').files);
    }
  });
  ['dragenter', 'dragover'].forEach((type) => document.addEventListener(type, (event) => {
    const zone = event.target.closest && event.target.closest('[data-drop-zone]');
    if (zone) {
      event.preventDefault();
      zone.classList.add('dragging');
    }
  }));
  ['dragleave', 'drop'].forEach((type) => document.addEventListener(type, (event) => {
    const zone = event.target.closest && event.target.closest('[data-drop-zone]');
    if (zone) {
      event.preventDefault();
      zone.classList.remove('dragging');
      if (type === 'drop') {
        upload(formOf(zone), event.dataTransfer.files);
      }
    }
  }));
})();
