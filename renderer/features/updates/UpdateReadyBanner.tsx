import { useState } from 'react';
import { assistant, asUiError, unwrap, type UiError } from '../../lib/assistant.ts';
import { useRestartHeld } from '../../lib/restart-holds.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';

/**
 * The quiet note once an update has downloaded: it installs when the admin quits; "Restart now" is offered only when
 * nothing would be interrupted (no secret on screen, no verification or hand-off running). Never a forced restart.
 */
export function UpdateReadyBanner() {
  const { data: status } = useAssistantQuery(() => unwrap(assistant().updates.status()), { refreshOn: ['updates.changed'] });
  const held = useRestartHeld();
  const [problem, setProblem] = useState<UiError | null>(null);
  if (status?.state !== 'ready') return null;

  const restart = async (): Promise<void> => {
    try {
      setProblem(null);
      await unwrap(assistant().updates.restart());
    } catch (error) {
      setProblem(asUiError(error));
    }
  };

  return (
    <div className="banner" role="status">
      <span>
        Update ready — version {status.version} installs when you quit. Restart when convenient.
        {held && ' (Finish what you are doing first: a restart is not offered while a secret is on screen or a check is running.)'}
        {problem && ` ${problem.message}`}
      </span>
      {!held && (
        <button type="button" className="icon" onClick={() => void restart()}>
          Restart now
        </button>
      )}
    </div>
  );
}
