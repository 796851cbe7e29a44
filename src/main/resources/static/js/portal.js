// Sends the CSRF token with every htmx request.
document.body.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

// When an autosave cannot reach the server, or the server fails, the status line says so (texts come from the
// page, in Vietnamese), so that nobody believes unsaved text is safe.
function portalSaveProblem(event, attribute) {
  var target = event.detail && event.detail.target;
  if (target && target.classList && target.classList.contains('save-status') && target.getAttribute(attribute)) {
    target.textContent = target.getAttribute(attribute);
    target.classList.remove('text-success');
    target.classList.add('text-danger');
  }
}
document.body.addEventListener('htmx:sendError', function (event) { portalSaveProblem(event, 'data-offline'); });
document.body.addEventListener('htmx:responseError', function (event) { portalSaveProblem(event, 'data-failed'); });
