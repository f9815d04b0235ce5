document.getElementById("host-button").addEventListener("click", () => {
  document.getElementById("host-output").textContent = "clicked";
});
