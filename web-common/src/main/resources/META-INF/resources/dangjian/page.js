// The few page behaviours that are not PrimeFaces components, bound here because the content
// security policy runs no inline handler: data-print prints the page, data-back goes back.
document.addEventListener('click', function (event) {
  var target = event.target.closest('[data-print], [data-back]');
  if (!target) {
    return;
  }
  event.preventDefault();
  if (target.hasAttribute('data-print')) {
    window.print();
  } else {
    window.history.back();
  }
});
