import type { ComponentChildren } from 'preact';
import type { Procedure } from '../../../../lib/magento-email/build-procedure.ts';
import type { FieldName } from '../../../../lib/magento-email/options.ts';
import { CopyButton } from '../../shared/CopyButton.tsx';
import { MagentoEmailNotes } from './MagentoEmailNotes.tsx';
import { MagentoEmailStep } from './MagentoEmailStep.tsx';

/** How the blocked message names each field that needs attention. */
const fieldLabels: Partial<Record<FieldName, string>> = {
  user: 'the user',
  service: 'the PHP service name',
  dir: 'the directory',
  limit: 'the sending limit',
};
const fieldOrder: FieldName[] = ['user', 'service', 'dir', 'limit'];

function joinWords(words: readonly (string | undefined)[]): string {
  const list = words.filter(Boolean) as string[];
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : (list[0] ?? '');
}

export interface Props {
  procedure: Procedure;
  /** Step titles are h3 on the tool page; inside an FAQ answer they are plain text. */
  titleTag: 'h3' | 'p';
  /**
   * The embedded variant: only the main command shows; the warnings, all steps and the script sit
   * in one collapsed section.
   */
  compact?: boolean;
  /** Extra actions beside "Copy all" (the embed's "Open in the full tool"). */
  actions?: ComponentChildren;
}

/** The ordered steps, "copy all" with the whole script, and the undo step; or why nothing is shown. */
export function MagentoEmailProcedure({ procedure, titleTag, compact, actions }: Props) {
  if (!procedure.ok) {
    const fields = fieldOrder.filter((f) => procedure.errors[f]).map((f) => fieldLabels[f]);
    return (
      <div class="me-procedure">
        <div class="me-blocked callout callout--warn">
          <p>
            <strong>No procedure yet:</strong> check {joinWords(fields)} in the form; the message beside{' '}
            {fields.length === 1 ? 'it says' : 'each says'} what to change. Everything you typed is kept.
          </p>
        </div>
        {actions && <div class="me-actions">{actions}</div>}
      </div>
    );
  }
  const runnable = procedure.steps.filter((s) => s.inScript !== 'comment');
  const undo = procedure.steps.filter((s) => s.inScript === 'comment');
  const main = procedure.steps.find((s) => s.id === 'set-mode');
  const details = (
    <>
      <MagentoEmailNotes warnings={procedure.warnings} class="me-notes--general" />
      <ol class="me-steps">
        {runnable.map((step) => (
          <MagentoEmailStep key={step.id} step={step} titleTag={titleTag} />
        ))}
      </ol>
      <ul class="me-undo">
        {undo.map((step) => (
          <MagentoEmailStep key={step.id} step={step} titleTag={titleTag} />
        ))}
      </ul>
    </>
  );
  const script = (
    <details class="me-details me-script">
      <summary>Show the whole script</summary>
      <pre class="me-script__code">
        <code data-script>{procedure.script}</code>
      </pre>
    </details>
  );
  const copyAll = <CopyButton text={procedure.script} label="Copy all as one script" class="button button--small" />;

  if (compact) {
    return (
      <div class="me-procedure me-procedure--compact">
        {main && (
          <ul class="me-main-step">
            <MagentoEmailStep step={{ ...main, warnings: [] }} titleTag={titleTag} />
          </ul>
        )}
        <div class="me-actions">
          {copyAll}
          {actions}
        </div>
        <details class="me-details me-details--all">
          <summary>
            All {runnable.length} steps,{' '}
            {procedure.warnings.length + runnable.reduce((n, s) => n + s.warnings.length, 0)} warnings and notes, and
            the script
          </summary>
          <div class="me-details__body">
            {details}
            {script}
          </div>
        </details>
      </div>
    );
  }
  return (
    <div class="me-procedure">
      <div class="me-actions">
        {copyAll}
        {actions}
      </div>
      {details}
      {script}
    </div>
  );
}
