// An import job's page: asks how far the job has gone every second and shows it, then shows what the job found by
// loading the page again once the job has ended. Without script, the page refreshes itself (its noscript meta).
document.querySelectorAll('.job[data-progress]').forEach(function (job) {
  var bar = job.querySelector('progress');
  function ask() {
    fetch(job.dataset.progress, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error(answer.status);
        }
        return answer.json();
      })
      .then(function (progress) {
        if (progress.state !== 'running') {
          window.location.reload();
          return;
        }
        bar.value = progress.per_mille;
        job.querySelectorAll('[data-field]').forEach(function (field) {
          field.textContent = progress[field.dataset.field];
        });
        window.setTimeout(ask, 1000);
      })
      .catch(function () {
        window.setTimeout(ask, 5000);
      });
  }
  window.setTimeout(ask, 1000);
});
