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

// Autosave survives closing the tab. An element that saves as one types (a form or a table row with hx-post and an
// hx-trigger on "input") is marked changed on every keystroke and unmarked once a save of that state has been
// answered; when the page goes away (tab closed, navigation, the phone locks) every element still marked is sent at
// once with sendBeacon, which the browser delivers even after the page is gone. The CSRF token goes as the _csrf
// field, the element's hx-include fields with it.
(function () {
  var SAVING = '[hx-post][hx-trigger*="input"]';
  function autosaving(element) {
    return (element && element.closest) ? element.closest(SAVING) : null;
  }
  function fields(element, data) {
    element.querySelectorAll('input[name], select[name], textarea[name]').forEach(function (field) {
      if ((field.type !== 'checkbox' && field.type !== 'radio') || field.checked) {
        data.set(field.name, field.value);
      }
    });
  }
  var changes = 0;
  document.body.addEventListener('input', function (event) {
    var element = autosaving(event.target);
    if (element) {
      element.dataset.changed = String(++changes);
    }
  });
  document.body.addEventListener('htmx:beforeRequest', function (event) {
    var element = autosaving(event.detail.elt);
    if (element && element.dataset.changed && event.detail.requestConfig) {
      event.detail.requestConfig.portalChange = element.dataset.changed;
    }
  });
  document.body.addEventListener('htmx:afterRequest', function (event) {
    var element = autosaving(event.detail.elt);
    var sent = event.detail.requestConfig && event.detail.requestConfig.portalChange;
    if (element && event.detail.successful && sent && element.dataset.changed === sent) {
      delete element.dataset.changed;
    }
  });
  window.addEventListener('pagehide', function () {
    var token = document.querySelector('meta[name="_csrf"]');
    if (!token || !navigator.sendBeacon) {
      return;
    }
    document.querySelectorAll(SAVING + '[data-changed]').forEach(function (element) {
      var data = new URLSearchParams();
      fields(element, data);
      (element.getAttribute('hx-include') || '').split(',').forEach(function (selector) {
        var included = selector.trim() ? document.querySelector(selector.trim()) : null;
        if (included && included !== element) {
          if (included.name) {
            data.set(included.name, included.value);
          }
          fields(included, data);
        }
      });
      data.set('_csrf', token.getAttribute('content'));
      if (navigator.sendBeacon(element.getAttribute('hx-post'), data)) {
        delete element.dataset.changed;
      }
    });
  });
})();
