import { useEffect, useState } from 'preact/hooks';
import { fitsInLink, type ToolParam } from '../../lib/allowlist/tool-link.ts';
import { useUrlState } from './shared/use-url-state.ts';

/** Inputs longer than this are checked after a short pause instead of on every keystroke. */
const LARGE_INPUT = 20_000;

/** The state of one text input of the allowlist tool. */
export interface ToolInput {
  text: string;
  setText: (value: string) => void;
  /** The text to compute with: the same as `text`, or for large pastes, the text after a pause. */
  settled: string;
  /** Whether the text is too long to keep in the page link. */
  tooLongForLink: boolean;
}

/**
 * A text input whose value lives in the URL parameter `key` (read on mount, written as the user
 * types) unless `embedded`, in which case the URL is left alone. Over-long input stays on the page
 * but out of the link.
 */
export function useToolInput(key: ToolParam, embedded: boolean, initial = ''): ToolInput {
  const [urlState, setUrlState, loaded] = useUrlState({ [key]: '' } as Record<ToolParam, string>, {
    enabled: !embedded,
  });
  const [text, setLocalText] = useState(initial);
  const [settled, setSettled] = useState(initial);

  useEffect(() => {
    if (!loaded || embedded) return;
    const fromUrl = urlState[key] ?? '';
    if (fromUrl !== '') setLocalText(fromUrl);
  }, [loaded]);

  useEffect(() => {
    if (text.length < LARGE_INPUT) {
      setSettled(text);
      return;
    }
    const timer = window.setTimeout(() => setSettled(text), 250);
    return () => window.clearTimeout(timer);
  }, [text]);

  const setText = (value: string) => {
    setLocalText(value);
    if (!embedded) setUrlState({ [key]: fitsInLink(value) ? value : '' } as Partial<Record<ToolParam, string>>);
  };
  return { text, setText, settled, tooLongForLink: !fitsInLink(text) };
}
