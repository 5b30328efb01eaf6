import { diagnoseDigest } from '../../../../lib/callbacks/diagnose-digest.ts';
import type { DigestView } from '../../../../lib/callbacks/digest-calculator.ts';

export interface Props {
  /** The calculator's algorithm and digest parameters. */
  view: Pick<DigestView, 'algorithm' | 'digestParams'>;
  /** The calculator's salt. */
  salt: string;
  /** The pasted callback URL (in the calculator's URL state as `diagnose`). */
  value: string;
  onInput: (value: string) => void;
}

/** Paste a received callback URL: is its digest right, and if not, which mistake reproduces it? */
export function CallbackDigestDiagnoser({ view, salt, value, onInput }: Props) {
  const pasted = value;
  const diagnosis =
    pasted.trim() === ''
      ? null
      : diagnoseDigest({ pasted, salt, algorithm: view.algorithm, digestParams: view.digestParams });
  const good = diagnosis?.kind === 'match';
  const tone = good ? 'ok' : diagnosis?.kind === 'invalid' ? 'warn' : 'bad';
  return (
    <section class="cb-diagnoser cb-tool__wide" aria-labelledby="cb-diagnoser-title">
      <h3 id="cb-diagnoser-title">Why does my digest check fail?</h3>
      <div class="cb-field">
        <label for="cb-diagnose">The callback URL as your server received it (or its query string)</label>
        <textarea
          id="cb-diagnose"
          class="cb-input cb-input--mono"
          rows={3}
          autoComplete="off"
          spellcheck={false}
          data-state="diagnose"
          value={pasted}
          onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
          aria-describedby="cb-diagnose-help cb-diagnosis"
        />
        <p class="cb-field-help" id="cb-diagnose-help">
          Checked with the algorithm ({view.algorithm}), digest parameters (
          {view.digestParams.length > 0 ? view.digestParams.join(', ') : 'none'}) and salt above. Nothing is sent
          anywhere.
        </p>
      </div>
      <div id="cb-diagnosis" role="status">
        {diagnosis && (
          <div class={`cb-verdict cb-verdict--${tone}`} data-diagnosis={diagnosis.kind}>
            <p>
              <span aria-hidden="true">{good ? '✓ ' : tone === 'warn' ? '! ' : '✗ '}</span>
              {diagnosis.finding}
            </p>
            {diagnosis.advice && (
              <p>
                <strong>What to change:</strong> {diagnosis.advice}
              </p>
            )}
            {diagnosis.expected && !good && (
              <p>
                Received <code>{diagnosis.received}</code>; the right digest is <code>{diagnosis.expected}</code>.
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
