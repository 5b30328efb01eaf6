import type { DigestView } from '../../../../lib/callbacks/digest-calculator.ts';
import { CopyButton } from '../../shared/CopyButton.tsx';

export interface Props {
  view: DigestView;
}

/** The hashed string, the digest (uppercase hex) and the URL Resurs would call, with warnings. */
export function CallbackDigestResult({ view }: Props) {
  const method = view.event?.callback?.method ?? 'GET';
  return (
    <div class="cb-output">
      <dl class="cb-output__list">
        <div class="cb-output__row">
          <dt class="cb-output__label">
            String that is hashed ({view.digestParams.length > 0 ? view.digestParams.join(', ') : 'no parameters'}, then
            the salt)
          </dt>
          <dd>
            <code class="cb-output__value">{view.input === '' ? '(empty)' : view.input}</code>
          </dd>
        </div>
        <div class="cb-output__row">
          <dt class="cb-output__label">Digest ({view.algorithm}, uppercase hex)</dt>
          <dd>
            <output class="cb-output__value cb-output__value--digest" data-digest={view.digest}>
              {view.digest}
            </output>{' '}
            <CopyButton text={view.digest} label="Copy digest" />
          </dd>
        </div>
        <div class="cb-output__row">
          <dt class="cb-output__label">The call Resurs makes ({method})</dt>
          <dd>
            {view.url === null ? (
              <p class="cb-field-error">Fix the URI template to see the URL.</p>
            ) : (
              <>
                <code class="cb-output__value" data-callback-url>
                  {view.url}
                </code>{' '}
                <CopyButton text={view.url} label="Copy URL" />
              </>
            )}
          </dd>
        </div>
      </dl>
      {view.warnings.length > 0 && (
        <div>
          <p class="cb-output__label">Worth knowing about this configuration</p>
          <ul class="cb-warnings">
            {view.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
