import * as Dialog from '@radix-ui/react-dialog';
import { Building2 } from 'lucide-react';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { formatDateTime } from '../../lib/time-format.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';
import { updateStateText } from './update-text.ts';

export interface AboutPanelProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** About: the version, the update channel, the last check and its result, "Check now", and who manages updates. */
export function AboutPanel({ open, onOpenChange }: AboutPanelProps) {
  const { data: info } = useAssistantQuery(() => unwrap(assistant().app.info()));
  const { data: status, error, pending, act } = useAssistantQuery(() => unwrap(assistant().updates.status()), { refreshOn: ['updates.changed'] });
  const canCheck = status !== undefined && status.state !== 'disabled-by-policy' && status.state !== 'not-configured' && status.state !== 'checking';

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content about-panel">
          <Dialog.Title>About the assistant</Dialog.Title>
          <Dialog.Description>Mimecast → Arctic Wolf onboarding assistant</Dialog.Description>
          <dl className="about-facts">
            <dt>Version</dt>
            <dd>{info?.version ?? '…'}</dd>
            {status && (
              <>
                <dt>Update channel</dt>
                <dd>{status.channel === 'beta' ? 'Beta' : 'Stable'}</dd>
                <dt>Last check</dt>
                <dd>{status.checkedAt ? formatDateTime(status.checkedAt) : 'Not yet'}</dd>
                <dt>Result</dt>
                <dd>
                  {updateStateText(status)}
                  {status.reason && <span className="about-reason"> {status.reason}</span>}
                </dd>
              </>
            )}
          </dl>
          {status?.managed && (
            <p className="about-managed">
              <Building2 size={16} aria-hidden /> Managed by your organisation: updates follow the policy your IT department set.
            </p>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error.message}
            </p>
          )}
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <button type="button">Close</button>
            </Dialog.Close>
            <button type="button" className="primary" disabled={!canCheck || pending} onClick={() => void act(() => unwrap(assistant().updates.check()))}>
              Check now
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
