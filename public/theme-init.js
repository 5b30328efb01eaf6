// Marks the page as scripted and applies the stored theme before first paint, so a dark-mode reader never sees a white flash.
// Loaded as an external, blocking script so the content security policy needs no inline script.
(() => {
  // Tells the stylesheet that scripts run: tools say they need JavaScript only where it is off.
  document.documentElement.classList.add('js');
  try {
    const stored = localStorage.getItem('theme');
    if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;
  } catch {
    // Storage refused (private mode, policy): the OS preference applies.
  }
})();
