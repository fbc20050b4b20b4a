// Filter the navigation by operation name, path or id. The page works without this script.
(function () {
  var input = document.getElementById("filter");
  if (!input) { return; }
  input.hidden = false;
  input.addEventListener("input", function () {
    var q = input.value.trim().toLowerCase();
    document.querySelectorAll("#nav .navtag").forEach(function (group) {
      var shown = 0;
      group.querySelectorAll("li").forEach(function (li) {
        var a = li.querySelector("a");
        var id = a.getAttribute("href").slice(1);
        var op = document.getElementById(id);
        var path = op ? op.querySelector(".path").textContent : "";
        var hit = !q || (a.textContent + " " + id + " " + path).toLowerCase().indexOf(q) >= 0;
        li.classList.toggle("hide", !hit);
        if (hit) { shown += 1; }
      });
      group.classList.toggle("hide", shown === 0);
    });
  });
})();
