// Log every widget event, as a host page would listen for them.
for (const name of ["ready", "error", "checklist-change", "navigate"]) {
  document.addEventListener(`alphanode:${name}`, (event) => {
    console.log(`alphanode:${name}`, JSON.stringify(event.detail));
  });
}
