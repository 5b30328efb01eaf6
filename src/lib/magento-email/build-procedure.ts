import { buildScript } from './build-script.ts';
import type { ProcedureStep } from './build-steps.ts';
import { buildGeneralWarnings, buildSteps } from './build-steps.ts';
import type { RawOptions } from './options.ts';
import type { FieldMessages } from './parse-options.ts';
import { parseOptions } from './parse-options.ts';
import type { Warning } from './warnings.ts';

/** Everything the views show for one form state. */
export type Procedure =
  | {
      ok: true;
      steps: ProcedureStep[];
      warnings: Warning[];
      script: string;
      notices: FieldMessages;
    }
  | { ok: false; errors: FieldMessages; notices: FieldMessages };

/** Validates the raw form state and builds the steps, general warnings and script. Never throws. */
export function buildProcedure(raw: RawOptions): Procedure {
  const parsed = parseOptions(raw);
  if (!parsed.ok) return parsed;
  const steps = buildSteps(parsed.value);
  return {
    ok: true,
    steps,
    warnings: buildGeneralWarnings(parsed.value),
    script: buildScript(parsed.value.mode, steps),
    notices: parsed.notices,
  };
}
