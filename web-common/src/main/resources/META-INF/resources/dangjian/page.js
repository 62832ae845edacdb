// The few page behaviours that are not PrimeFaces components, bound here because the content
// security policy runs no inline handler (papers are PDFs made on the server): data-back goes back,
// data-upload sends the chosen file to that API address (large files, streamed; the header marks
// the request as this site's own) and says how it went in the next status element.
document.addEventListener('click', function (event) {
  if (!event.target.closest('[data-back]')) {
    return;
  }
  event.preventDefault();
  window.history.back();
});

document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.matches('input[type=file][data-upload]') || !input.files.length) {
    return;
  }
  var file = input.files[0];
  var status = input.closest('li, div').querySelector('.dj-upload-status');
  status.textContent = input.dataset.sending;
  fetch(input.dataset.upload + '?fileName=' + encodeURIComponent(file.name), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-Requested-With': 'XMLHttpRequest' },
    body: file
  }).then(function (r) {
    if (r.ok) {
      status.textContent = input.dataset.done;
      return;
    }
    return r.json().then(function (e) {
      status.textContent = input.dataset.failed + ' ' + (e.details && e.details.length ? e.details[0].message : e.message);
    });
  }).catch(function () {
    status.textContent = input.dataset.failed;
  });
});
