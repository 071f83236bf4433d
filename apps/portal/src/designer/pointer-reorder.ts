import { type PointerEvent, useRef, useState } from 'react';

/**
 * Reordering a list by dragging its handles, with pointer events: one path for a mouse, a
 * finger and a pen (HTML drag and drop does not start from a touch). The handle captures
 * the pointer, so the item under it is found wherever the pointer goes; the handle's
 * `touch-action: none` keeps a drag from scrolling the page. Keyboard users have the
 * list's "omhoog" and "omlaag" buttons.
 */
export function usePointerReorder(onMove: (itemId: string, to: number) => void) {
  const listRef = useRef<HTMLOListElement>(null);
  const dragging = useRef<{ id: string; from: number; pointerId: number } | undefined>(undefined);
  const [dropAt, setDropAt] = useState<number>();

  const indexAt = (x: number, y: number): number | undefined => {
    const item = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-outline-index]');
    if (!item || !listRef.current?.contains(item)) return undefined;
    return Number(item.dataset.outlineIndex);
  };
  const end = () => {
    dragging.current = undefined;
    setDropAt(undefined);
  };

  const handleProps = (id: string, index: number) => ({
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      dragging.current = { id, from: index, pointerId: event.pointerId };
      setDropAt(index);
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (dragging.current?.pointerId !== event.pointerId) return;
      const at = indexAt(event.clientX, event.clientY);
      if (at !== undefined) setDropAt(at);
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      const drag = dragging.current;
      if (drag?.pointerId !== event.pointerId) return;
      const to = indexAt(event.clientX, event.clientY) ?? dropAt;
      end();
      if (to !== undefined && to !== drag.from) onMove(drag.id, to);
    },
    onPointerCancel: end,
    onLostPointerCapture: (event: PointerEvent<HTMLElement>) => {
      if (dragging.current?.pointerId === event.pointerId) end();
    },
  });

  return { listRef, dropAt, handleProps };
}
