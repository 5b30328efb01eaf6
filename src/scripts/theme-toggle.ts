// The theme follows the OS until the reader picks one; the pick persists in localStorage.
// The inline script in BaseLayout (src/scripts/theme-init.inline.js) applies a stored pick before first paint.

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  const forced = document.documentElement.dataset.theme;
  if (forced === 'light' || forced === 'dark') return forced;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function render(button: HTMLButtonElement): void {
  const dark = currentTheme() === 'dark';
  button.setAttribute('aria-pressed', String(dark));
}

function store(theme: Theme): void {
  try {
    localStorage.setItem('theme', theme);
  } catch {
    // Storage refused: the choice lasts for this page view only.
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  render(button);
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    store(next);
    render(button);
  });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => render(button));
}
