export interface Props {
  /** Text of our own in which `backticks` mark code. */
  text: string;
}

/** Renders text with `backtick` spans as <code>. Preact escapes every part. */
export function MagentoEmailRichText({ text }: Props) {
  const parts = text.split('`');
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
