/**
 * Opens the FAQ question a #faq-… link points at. Browsers that open a closed <details> on
 * fragment navigation do it themselves (Chromium does, and the no-JS test relies on it); this
 * covers the rest.
 */
function openTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const details = target?.closest('details');
  if (details && !details.open) {
    details.open = true;
    target?.scrollIntoView();
  }
}

openTarget();
window.addEventListener('hashchange', openTarget);
