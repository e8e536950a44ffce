import { useRef } from 'react';
import { SIDEBAR_WIDTH, clampWidth } from '@/lib/overlay/sidebar-width';

/**
 * The panel's left edge: drag it, or focus it and press ← / → (Home / End for the limits),
 * to change the sidebar's width. `onCommit` saves the width once the change is done.
 */
export function ResizeHandle({
  width,
  onResize,
  onCommit,
}: {
  width: number;
  onResize(width: number): void;
  onCommit(width: number): void;
}) {
  const drag = useRef<{ startX: number; startWidth: number; last: number } | null>(null);
  return (
    <div
      className="pl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the sidebar"
      aria-valuemin={SIDEBAR_WIDTH.min}
      aria-valuemax={SIDEBAR_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      data-testid="pl-resize"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, startWidth: width, last: width };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        // The panel grows to the left: moving the pointer left widens it.
        const next = clampWidth(drag.current.startWidth + drag.current.startX - event.clientX);
        drag.current.last = next;
        onResize(next);
      }}
      onPointerUp={() => {
        if (drag.current) onCommit(drag.current.last);
        drag.current = null;
      }}
      onKeyDown={(event) => {
        const keys: Record<string, number> = {
          ArrowLeft: width + SIDEBAR_WIDTH.step,
          ArrowRight: width - SIDEBAR_WIDTH.step,
          Home: SIDEBAR_WIDTH.max,
          End: SIDEBAR_WIDTH.min,
        };
        const next = keys[event.key];
        if (next === undefined) return;
        event.preventDefault();
        const clamped = clampWidth(next);
        onResize(clamped);
        onCommit(clamped);
      }}
    />
  );
}
