// Shows the figure fields the chosen qualifier needs. The form works without this script: it only hides fields.
document.querySelectorAll('fieldset.figure').forEach(function (figure) {
  var qualifier = figure.querySelector('select[name=qualifier]');
  function show() {
    figure.dataset.qualifier = qualifier.value;
  }
  qualifier.addEventListener('change', show);
  show();
});

// Choosing a known claimant fills the side it speaks for and says whether it is independent, as the server does
// when "Speaks for" comes back empty.
document.querySelectorAll('input[name=claimant][list]').forEach(function (claimant) {
  var form = claimant.form;
  var known = document.getElementById(claimant.getAttribute('list'));
  claimant.addEventListener('change', function () {
    var typed = claimant.value.trim().toLowerCase();
    var option = Array.prototype.find.call(known.options, function (o) {
      return o.value.toLowerCase() === typed;
    });
    if (!option) {
      return;
    }
    var side = option.dataset.side;
    form.elements.claimant_side.value = side;
    form.querySelector('input[name=claimant_kind][value=' + (side ? 'side' : 'independent') + ']').checked = true;
  });
});
