// The error summary: focused when the page opens (autofocus does it where it is supported), and each of its links
// moves the focus to its field and shows the field's label above it, as a fragment link alone does not.
document.querySelectorAll('.error-summary').forEach(function (summary) {
  if (document.activeElement !== summary) {
    summary.focus();
  }
  summary.querySelectorAll('a[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var field = document.getElementById(link.getAttribute('href').slice(1));
      if (!field) {
        return;
      }
      event.preventDefault();
      var label = document.querySelector('label[for="' + field.id + '"]') || field.closest('fieldset');
      (label || field).scrollIntoView();
      field.focus({ preventScroll: true });
    });
  });
});
