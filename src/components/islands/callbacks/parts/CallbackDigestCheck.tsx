import type { DigestView } from '../../../../lib/callbacks/digest-calculator.ts';

export interface Props {
  view: DigestView;
  value: string;
  onInput: (value: string) => void;
}

/** Paste a received digest (or the whole callback URL) and compare it with the computed one. */
export function CallbackDigestCheck({ view, value, onInput }: Props) {
  const { received, verdict } = view;
  const error = received && !received.ok ? received.error : null;
  return (
    <div class="cb-field">
      <label for="cb-received">Check a digest you received (paste the digest or the whole callback URL)</label>
      <input
        type="text"
        id="cb-received"
        class="cb-input cb-input--mono"
        autoComplete="off"
        spellcheck={false}
        data-state="received"
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        aria-invalid={error ? true : undefined}
        aria-describedby="cb-received-verdict"
      />
      <div id="cb-received-verdict" role="status" data-digest-verdict={verdict ?? (error ? 'invalid' : 'none')}>
        {error && <p class="cb-field-error">{error}</p>}
        {verdict === 'match' && (
          <p class="cb-verdict cb-verdict--ok">
            ✓ It matches: this callback was signed with these values and this salt.
          </p>
        )}
        {verdict === 'match-ignoring-case' && (
          <p class="cb-verdict cb-verdict--ok">
            ✓ It matches, apart from letter case. The docs say digests are uppercase, but their GET examples show
            lowercase: compare without regard to case.
          </p>
        )}
        {verdict === 'mismatch' && (
          <p class="cb-verdict cb-verdict--bad">
            ✗ It doesn’t match. Check the salt, the algorithm, which parameters go into the digest and their order (the
            order is not documented).
          </p>
        )}
      </div>
    </div>
  );
}
