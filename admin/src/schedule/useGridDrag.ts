import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { RaRecord } from 'react-admin';
import { MINUTES_PER_DAY, snapMinutes } from '../common/laTime';
import { pxToMinutes, SNAP_MINUTES } from './layout';

/** What a press-drag on the grid is doing, as the grid draws it while the pointer moves. */
export type DragPreview =
  | { kind: 'select'; dayIndex: number; top: number; bottom: number }
  | { kind: 'move'; deploymentId: string; days: number; minutes: number }
  | { kind: 'resize'; deploymentId: string; day: string; bottom: number };

export interface DragHandlers {
  /** A time range of one day was selected (wall-clock minutes): create a patrol there. */
  onSelect(dayIndex: number, top: number, bottom: number): void;
  /** A deployment was dragged by whole days and wall-clock minutes. */
  onMove(deployment: RaRecord, days: number, minutes: number): void;
  /** A deployment's bottom edge was dragged to a wall-clock minute of a day. */
  onResize(deployment: RaRecord, day: string, bottom: number): void;
}

interface Gesture {
  preview: DragPreview;
  deployment?: RaRecord;
  originX: number;
  originY: number;
  originDay: number;
  anchor: number;
  moved: boolean;
}

/** A press that moves less than this is a click (open the patrol), not a drag. */
const CLICK_SLOP_PX = 4;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Press-drag on the week grid with pointer events: select a range on an empty day, move a card (any
 * day, keeping its length), or drag a card's bottom edge; everything snaps to 15 minutes. The
 * element in `columnsRef` holds the seven day columns, side by side and equally wide.
 */
export function useGridDrag(columnsRef: RefObject<HTMLElement | null>, days: readonly string[], handlers: DragHandlers) {
  const [preview, setPreview] = useState<DragPreview>();
  const gesture = useRef<Gesture | undefined>(undefined);
  const dragged = useRef(false);
  const latest = useRef(handlers);
  latest.current = handlers;

  /** The day column and the wall-clock minute under the pointer. */
  const pointAt = useCallback(
    (clientX: number, clientY: number) => {
      const rect = columnsRef.current!.getBoundingClientRect();
      const dayIndex = clamp(Math.floor(((clientX - rect.left) / rect.width) * days.length), 0, days.length - 1);
      return { dayIndex, minutes: clamp(pxToMinutes(clientY - rect.top), 0, MINUTES_PER_DAY) };
    },
    [columnsRef, days.length],
  );

  const onPointerMove = useCallback(
    (event: PointerEvent) => {
      const current = gesture.current;
      if (!current) return;
      if (!current.moved && Math.hypot(event.clientX - current.originX, event.clientY - current.originY) < CLICK_SLOP_PX) return;
      current.moved = true;
      const { dayIndex, minutes } = pointAt(event.clientX, event.clientY);
      const previous = current.preview;
      if (previous.kind === 'select') {
        const end = snapMinutes(minutes, SNAP_MINUTES);
        current.preview = { ...previous, top: Math.min(current.anchor, end), bottom: Math.max(current.anchor, end) };
      } else if (previous.kind === 'move') {
        current.preview = { ...previous, days: dayIndex - current.originDay, minutes: snapMinutes(pxToMinutes(event.clientY - current.originY), SNAP_MINUTES) };
      } else {
        current.preview = { ...previous, bottom: Math.max(current.anchor + SNAP_MINUTES, snapMinutes(minutes, SNAP_MINUTES)) };
      }
      setPreview(current.preview);
    },
    [pointAt],
  );

  const finish = useCallback(
    (commit: boolean) => {
      const current = gesture.current;
      gesture.current = undefined;
      window.removeEventListener('pointermove', onPointerMove);
      setPreview(undefined);
      if (!current || !commit) return;
      dragged.current = current.moved;
      const { preview: done, deployment } = current;
      if (done.kind === 'select') {
        // A plain click on an empty slot proposes the hour from that half hour, as calendar apps do.
        const top = current.moved ? done.top : Math.floor(current.anchor / 30) * 30;
        const bottom = current.moved ? done.bottom : Math.min(top + 60, MINUTES_PER_DAY);
        if (bottom > top) latest.current.onSelect(done.dayIndex, top, bottom);
      } else if (current.moved && deployment && done.kind === 'move') {
        if (done.days !== 0 || done.minutes !== 0) latest.current.onMove(deployment, done.days, done.minutes);
      } else if (current.moved && deployment && done.kind === 'resize') {
        latest.current.onResize(deployment, done.day, done.bottom);
      }
    },
    [onPointerMove],
  );

  useEffect(() => {
    const up = () => finish(true);
    const cancel = () => finish(false);
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && gesture.current && finish(false);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', escape);
      window.removeEventListener('pointermove', onPointerMove);
    };
  }, [finish, onPointerMove]);

  const begin = (event: ReactPointerEvent, preview: DragPreview, anchor: number, deployment?: RaRecord) => {
    event.stopPropagation();
    event.preventDefault(); // no text selection while dragging
    dragged.current = false;
    gesture.current = { preview, deployment, anchor, originX: event.clientX, originY: event.clientY, originDay: pointAt(event.clientX, event.clientY).dayIndex, moved: false };
    window.addEventListener('pointermove', onPointerMove);
  };
  const primary = (event: ReactPointerEvent) => event.button === 0 && !event.ctrlKey && !event.metaKey;

  return {
    preview,
    /** Press on an empty part of a day column (touch keeps scrolling; it has the New patrol button). */
    startSelect(event: ReactPointerEvent, dayIndex: number) {
      if (!primary(event) || event.pointerType === 'touch' || event.target !== event.currentTarget) return;
      const anchor = Math.floor(pointAt(event.clientX, event.clientY).minutes / SNAP_MINUTES) * SNAP_MINUTES;
      begin(event, { kind: 'select', dayIndex, top: anchor, bottom: anchor + SNAP_MINUTES }, anchor);
    },
    startMove(event: ReactPointerEvent, deployment: RaRecord) {
      if (!primary(event)) return;
      begin(event, { kind: 'move', deploymentId: String(deployment.id), days: 0, minutes: 0 }, 0, deployment);
    },
    /** Press on a card's bottom edge: `top` and `bottom` are its wall-clock minutes on that day. */
    startResize(event: ReactPointerEvent, deployment: RaRecord, day: string, top: number, bottom: number) {
      if (!primary(event)) return;
      begin(event, { kind: 'resize', deploymentId: String(deployment.id), day, bottom }, top, deployment);
    },
    /** True right after a drag ended on a card, so the click that follows does not open it. */
    wasDrag: () => dragged.current,
  };
}
