(() => {
  const r = document.documentElement;
  r.classList.add('js');
  try {
    const t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') r.dataset.theme = t;
    if (!location.hash && !location.search && performance.getEntriesByType('navigation')[0].type === 'navigate')
      r.dataset.deferLayout = '';
  } catch {}
})();
