// Shows the figure fields the chosen qualifier needs. The form works without this script: it only hides fields.
document.querySelectorAll('fieldset.figure').forEach(function (figure) {
  var qualifier = figure.querySelector('select[name=qualifier]');
  function show() {
    figure.dataset.qualifier = qualifier.value;
  }
  qualifier.addEventListener('change', show);
  show();
});
