import type { Procedure } from '../../lib/magento-email/build-procedure.ts';

export interface Props {
  procedure: Procedure;
}

/** A polite live region that announces whether a procedure is ready, for screen-reader users. */
export function MagentoEmailStatus({ procedure }: Props) {
  const errors = procedure.ok ? 0 : Object.keys(procedure.errors).length;
  const steps = procedure.ok ? procedure.steps.filter((s) => s.inScript !== 'comment').length : 0;
  return (
    <p class="visually-hidden" role="status">
      {procedure.ok
        ? `Procedure ready: ${steps} steps.`
        : `No procedure: ${errors === 1 ? 'one field needs' : `${errors} fields need`} attention.`}
    </p>
  );
}
