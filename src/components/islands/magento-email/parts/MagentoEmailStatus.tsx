import type { Procedure } from '../../../../lib/magento-email/build-procedure.ts';

export interface Props {
  procedure: Procedure;
}

/** The procedure's state in one line: "Procedure ready: 5 steps." or which fields need attention. */
export function procedureSummary(procedure: Procedure): string {
  const errors = procedure.ok ? 0 : Object.keys(procedure.errors).length;
  const steps = procedure.ok ? procedure.steps.filter((s) => s.inScript !== 'comment').length : 0;
  return procedure.ok
    ? `Procedure ready: ${steps} steps.`
    : `No procedure: ${errors === 1 ? 'one field needs' : `${errors} fields need`} attention.`;
}

/** A polite live region that announces whether a procedure is ready, for screen-reader users. */
export function MagentoEmailStatus({ procedure }: Props) {
  return (
    <p class="visually-hidden" role="status">
      {procedureSummary(procedure)}
    </p>
  );
}
