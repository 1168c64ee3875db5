import { ChevronDown, ListChecks } from 'lucide-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ChecklistStatus } from '../../../shared/checklist/progress.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../shared/checklist/steps/index.ts';
import { StepList } from './StepList.tsx';

interface Props {
  status: ChecklistStatus;
  current: StepId;
  onSelect: (id: StepId) => void;
  /** Shown under the list in the menu (Start over). */
  footer: ReactNode;
}

/**
 * The step list for a narrow window (below 1,000 px, where the sidebar would take the height of the page): one line
 * with the current step and the progress, and a button that opens every step as a menu. Escape, a click outside or
 * picking a step closes it.
 */
export function CompactStepNav({ status, current, onSelect, footer }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const currentStatus = status.steps.find((s) => s.id === current);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[aria-current="step"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Element;
      // A dialog opened from the menu (Start over) is portalled outside it; using it must not close the menu under it.
      if (!root.current?.contains(target) && !target.closest?.('[role="dialog"], [role="alertdialog"]')) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className="compact-steps" ref={root} onKeyDown={(e) => open && e.key === 'Escape' && close()}>
      <button ref={toggle} type="button" className="compact-steps-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <ListChecks size={16} aria-hidden />
        <span className="compact-steps-current">
          Step {currentStatus?.number} of {status.total}: {stepById(current).shortTitle}
        </span>
        <ChevronDown size={16} aria-hidden />
      </button>
      <span className="compact-steps-progress muted" aria-hidden>
        {status.done} of {status.total} done
        <span className="progress-bar">
          <span style={{ width: `${status.percent}%` }} />
        </span>
      </span>
      <div id={panelId} className="compact-steps-panel" hidden={!open}>
        {open && (
          <>
            <StepList
              status={status}
              onSelect={(id) => {
                setOpen(false);
                onSelect(id);
              }}
            />
            {footer}
          </>
        )}
      </div>
    </div>
  );
}
