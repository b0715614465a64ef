/**
 * Opens the FAQ question a #faq-… link points at. Browsers that open a closed <details> on
 * fragment navigation do it themselves (Chromium does, and the no-JS test relies on it); this
 * covers the rest.
 */
import { fragmentId } from '../lib/fragment-id.ts';

function openTarget() {
  // Not decodeURIComponent: it throws on a malformed fragment (`#%`), and this module's error
  // would stop every enhancement loaded after it.
  const id = fragmentId(location.hash);
  const target = id ? document.getElementById(id) : null;
  const details = target?.closest('details');
  if (details && !details.open) {
    details.open = true;
    target?.scrollIntoView();
  }
}

openTarget();
window.addEventListener('hashchange', openTarget);
