import { useId, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';

/** The smallest the tooltip gets, and how far it keeps from the window's left edge. */
const MIN_WIDTH = 160;
const EDGE = 16;

export interface NameTooltip {
  /** On the element that holds the name and is cut with an ellipsis when it does not fit. */
  textRef: RefObject<HTMLSpanElement | null>;
  /** On the element hover and focus are watched on (the control and its shown name). */
  hostProps: {
    onMouseEnter: (event: MouseEvent) => void;
    onMouseLeave: (event: MouseEvent) => void;
    onFocus: (event: FocusEvent) => void;
    onBlur: (event: FocusEvent) => void;
    onKeyDown: (event: KeyboardEvent) => void;
  };
  /** The tooltip itself, rendered only while it shows. */
  tooltip: ReactNode;
  /** For the focused control's aria-describedby while the tooltip shows. */
  describedBy: string | undefined;
}

/**
 * A name cut with an ellipsis shows whole in a tooltip on hover and on keyboard focus (WCAG 1.4.13: it stays while
 * hovered or focused, and Escape dismisses it). Only a name that is actually cut gets one: whether it is cut is
 * measured when the tooltip would show, so nothing is observed while nobody looks.
 */
export function useNameTooltip(name: string): NameTooltip {
  const textRef = useRef<HTMLSpanElement>(null);
  const [maxWidth, setMaxWidth] = useState<number | null>(null);
  const id = useId();

  const show = (host: Element | null): void => {
    const text = textRef.current;
    if (!text || !host || text.scrollWidth <= text.clientWidth) return;
    // Anchored at the host's right edge and growing leftwards: never wider than the room left of that edge.
    setMaxWidth(Math.max(MIN_WIDTH, host.getBoundingClientRect().right - EDGE));
  };
  const hide = (): void => setMaxWidth(null);

  return {
    textRef,
    hostProps: {
      onMouseEnter: (event) => show(event.currentTarget),
      // Shown by focus, it stays while the focus does; shown by hover, it goes with the pointer.
      onMouseLeave: (event) => {
        if (!event.currentTarget.contains(document.activeElement)) hide();
      },
      onFocus: (event) => show(event.currentTarget),
      onBlur: (event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) hide();
      },
      onKeyDown: (event) => {
        if (event.key === 'Escape' && maxWidth !== null) hide();
      },
    },
    tooltip:
      maxWidth === null ? null : (
        <span role="tooltip" id={id} className="name-tooltip" style={{ maxWidth }}>
          {name}
        </span>
      ),
    describedBy: maxWidth === null ? undefined : id,
  };
}
