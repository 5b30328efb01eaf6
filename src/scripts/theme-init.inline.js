(() => {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    const t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') root.dataset.theme = t;
  } catch {}
  if (location.hash.length > 1) {
    const expect = document.createElement('link');
    expect.rel = 'expect';
    expect.href = location.hash;
    expect.setAttribute('blocking', 'render');
    document.head.append(expect);
  }
})();
