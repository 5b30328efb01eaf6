import { useEffect, useState } from 'preact/hooks';

/**
 * Reads the named query parameters once on mount, then writes the state back to the URL with
 * history.replaceState whenever it changes (no history entry per keystroke). Parameters that are
 * empty are removed. Returns the state, a setter and whether the URL has been read yet.
 * Never throws: a URL the browser cannot parse leaves the defaults in place.
 */
export function useUrlState<K extends string>(
  defaults: Record<K, string>,
  options: { enabled?: boolean } = {},
): [Record<K, string>, (patch: Partial<Record<K, string>>) => void, boolean] {
  const enabled = options.enabled ?? true;
  const [state, setState] = useState(defaults);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (enabled) {
      try {
        const params = new URLSearchParams(window.location.search);
        const next = { ...defaults };
        for (const key of Object.keys(defaults) as K[]) {
          const value = params.get(key);
          if (value !== null) next[key] = value;
        }
        setState(next);
      } catch {
        // Keep the defaults.
      }
    }
    setLoaded(true);
  }, []);

  useEffect(() => {
    if (!enabled || !loaded) return;
    const url = new URL(window.location.href);
    for (const key of Object.keys(state) as K[]) {
      const value = state[key];
      if (value === '' || value === defaults[key]) url.searchParams.delete(key);
      else url.searchParams.set(key, value);
    }
    if (url.toString() !== window.location.href) history.replaceState(history.state, '', url);
  }, [state, loaded, enabled]);

  const update = (patch: Partial<Record<K, string>>) => setState((prev) => ({ ...prev, ...patch }));
  return [state, update, loaded];
}

/** The current page URL with its query string, for "copy link" actions. */
export function currentUrl(): string {
  return window.location.href;
}
