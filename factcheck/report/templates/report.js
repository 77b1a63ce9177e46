// Filters: show the findings whose severity and rule are both ticked; hide events left empty.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var findings = Array.prototype.slice.call(document.querySelectorAll("[data-finding]"));
  var events = Array.prototype.slice.call(document.querySelectorAll("[data-event]"));
  var status = document.getElementById("filter-status");

  function ticked(name) {
    var on = {};
    form.querySelectorAll("input[name='" + name + "']").forEach(function (box) { on[box.value] = box.checked; });
    return on;
  }

  function apply() {
    var severity = ticked("severity"), rule = ticked("rule"), visible = 0;
    findings.forEach(function (finding) {
      var show = severity[finding.dataset.severity] && rule[finding.dataset.rule];
      finding.hidden = !show;
      if (show) { visible += 1; }
    });
    events.forEach(function (event) { event.hidden = !event.querySelector("[data-finding]:not([hidden])"); });
    status.textContent = visible + " of " + findings.length + " findings shown";
  }

  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
}());
