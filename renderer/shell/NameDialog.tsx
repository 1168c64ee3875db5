import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState, type FormEvent } from 'react';

export interface NameDialogProps {
  open: boolean;
  title: string;
  description: string;
  initialName: string;
  submitLabel: string;
  /** Resolves to an error message to show, or undefined when the name was accepted. */
  onSubmit: (name: string) => Promise<string | undefined>;
  onOpenChange: (open: boolean) => void;
}

/** Asks for a profile name; keeps what was typed when the main process refuses it, and says why. */
export function NameDialog({ open, title, description, initialName, submitLabel, onSubmit, onOpenChange }: NameDialogProps) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const problem = await onSubmit(name);
    setBusy(false);
    setError(problem);
  };

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setName(initialName);
          setError(undefined);
        }
        onOpenChange(next);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content">
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description className="muted">{description}</Dialog.Description>
          <form onSubmit={(e) => void submit(e)}>
            <div className="field">
              <label htmlFor={inputId}>Profile name</label>
              <input
                id={inputId}
                value={name}
                maxLength={64}
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(e) => setName(e.target.value)}
              />
              {error && (
                <span id={errorId} className="field-error" role="alert">
                  {error}
                </span>
              )}
            </div>
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button">Cancel</button>
              </Dialog.Close>
              <button type="submit" className="primary" disabled={busy}>
                {submitLabel}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
