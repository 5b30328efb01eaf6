import { useEffect, useState } from 'preact/hooks';

/** Inputs longer than this are computed with after a short pause instead of on every keystroke. */
const LARGE_INPUT = 20_000;

/** The text to compute with: `text` itself, or for a large paste, `text` once typing has paused. */
export function useSettledText(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (text.length < LARGE_INPUT) {
      setSettled(text);
      return;
    }
    const timer = window.setTimeout(() => setSettled(text), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  return settled;
}
