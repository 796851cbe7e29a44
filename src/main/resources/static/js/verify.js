// The verification page: a file above the size limit is refused before it is sent (the server refuses it too, but
// the browser would first upload all of it).
(function () {
  'use strict';
  var form = document.getElementById('verify-form');
  var input = document.getElementById('verify-file');
  if (!form || !input) {
    return;
  }
  var max = parseInt(input.getAttribute('data-max-bytes'), 10);

  function tooLarge() {
    return input.files && input.files.length === 1 && input.files[0].size > max;
  }

  input.addEventListener('change', function () {
    input.classList.toggle('is-invalid', tooLarge());
  });
  form.addEventListener('submit', function (event) {
    if (tooLarge()) {
      event.preventDefault();
      input.classList.add('is-invalid');
      input.focus();
    }
  });
})();
