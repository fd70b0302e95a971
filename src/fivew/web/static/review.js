// Review forms: offer the allowed values of the field chosen for a correction
// (PLOVER types, modalities, the article's entities and places ...) as suggestions.
// Without this script the forms still work; the server checks every value.
"use strict";
document.querySelectorAll("form.review-form").forEach(function (form) {
  var field = form.querySelector("select[name=field]");
  var value = form.querySelector("input[name=value]");
  var verdict = form.querySelector("select[name=verdict]");
  function follow() {
    var list = "choices-" + form.dataset.kind + "-" + field.value;
    if (field.value && document.getElementById(list)) {
      value.setAttribute("list", list);
    } else {
      value.removeAttribute("list");
    }
    if (field.value && verdict.value !== "correct") {
      verdict.value = "correct";
    }
  }
  field.addEventListener("change", follow);
});
