import type { ProcedureStep } from '../../../../lib/magento-email/build-steps.ts';
import { CopyButton } from '../../shared/CopyButton.tsx';
import { MagentoEmailNotes } from './MagentoEmailNotes.tsx';
import { MagentoEmailRichText } from './MagentoEmailRichText.tsx';

export interface Props {
  step: ProcedureStep;
  /** Step titles are h3 on the tool page; inside an FAQ answer they are plain text. */
  titleTag: 'h3' | 'p';
}

/** One step: its title, command with a copy button, one line on why, and its warnings. */
export function MagentoEmailStep({ step, titleTag: Title }: Props) {
  return (
    <li class="me-step" data-step={step.id}>
      <Title class="me-step__title">{step.title}</Title>
      <div class="me-command">
        <pre class="me-command__code">
          <code data-command>{step.command}</code>
        </pre>
        <CopyButton text={step.command} label="Copy" ariaLabel={`Copy the command: ${step.title}`} />
      </div>
      <p class="me-step__why">
        <MagentoEmailRichText text={step.why} />
      </p>
      <MagentoEmailNotes warnings={step.warnings} />
    </li>
  );
}
