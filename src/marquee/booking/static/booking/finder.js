// The showtime finder's date strip: mark the chosen day (htmx swaps only the results).
document.addEventListener("change", function (event) {
  if (event.target.name !== "date") { return; }
  document.querySelectorAll(".day-chip").forEach(function (chip) {
    chip.classList.toggle("selected", chip.contains(event.target));
  });
});
