import { ChevronDown } from 'lucide-react';
import { useId } from 'react';
import { visibleName } from '../../shared/domain/name-text.ts';
import type { ProfilesState } from '../../shared/domain/profile.ts';
import { useNameTooltip } from '../lib/use-name-tooltip.tsx';

export interface ProfilePickerProps {
  state: ProfilesState;
  onPick: (profileId: string) => void;
}

/**
 * The profile menu. A native select is as wide as its longest option, so one 64-character name anywhere in the
 * list would push the header out of the window: the select lies invisible over a box that shows the open profile's
 * name, cut with an ellipsis when it does not fit, and whole in a tooltip on hover and focus. The select keeps its
 * keyboard, its native list (which shows every name whole) and its accessible name and value.
 */
export function ProfilePicker({ state, onPick }: ProfilePickerProps) {
  const selectId = useId();
  const active = state.profiles.find((p) => p.id === state.activeId) ?? state.profiles[0]!;
  const shown = visibleName(active.name);
  const { textRef, hostProps, tooltip, describedBy } = useNameTooltip(shown);

  return (
    <>
      <label htmlFor={selectId}>Profile</label>
      <span className="profile-picker" {...hostProps}>
        <span ref={textRef} className="profile-picker-text" aria-hidden>
          {shown}
        </span>
        <ChevronDown size={16} aria-hidden className="profile-picker-chevron" />
        <select id={selectId} value={state.activeId} aria-describedby={describedBy} onChange={(e) => onPick(e.target.value)}>
          {state.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {visibleName(p.name)}
            </option>
          ))}
        </select>
        {tooltip}
      </span>
    </>
  );
}
