/** Announces a short message through the site-wide polite live region (#site-status). */
export function announce(message: string): void {
  const region = document.getElementById('site-status');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes screen readers announce a repeated message too.
  window.setTimeout(() => (region.textContent = message), 50);
}
