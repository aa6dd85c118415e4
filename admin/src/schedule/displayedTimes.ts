import type { RaRecord } from 'react-admin';
import { addElapsedMinutes, elapsedMinutes, moveWallClock, slotInstant } from '../common/laTime';
import type { DragPreview } from './useGridDrag';

export interface PatrolTimes {
  startsAt: string;
  endsAt: string;
}

/** Where a patrol lands when dragged by days and wall-clock minutes: same length; null if the start does not exist in LA. */
export function movedTimes(deployment: RaRecord, days: number, minutes: number): PatrolTimes | null {
  const startsAt = moveWallClock(deployment.startsAt, days, minutes);
  if (!startsAt) return null;
  return { startsAt, endsAt: addElapsedMinutes(startsAt, elapsedMinutes(deployment.startsAt, deployment.endsAt)) };
}

/** A patrol with its bottom edge dragged to a wall-clock minute of a day; null if that time does not exist or is not after the start. */
export function resizedTimes(deployment: RaRecord, day: string, bottom: number): PatrolTimes | null {
  const endsAt = slotInstant(day, bottom);
  if (!endsAt || new Date(endsAt) <= new Date(deployment.startsAt)) return null;
  return { startsAt: deployment.startsAt, endsAt };
}

/**
 * The times the grid draws for a deployment: a change waiting for the server's answer, else the one
 * being dragged, else its own. A refused change is dropped from `pending`, and the card snaps back.
 */
export function displayedTimes(deployment: RaRecord, preview: DragPreview | undefined, pending: Record<string, PatrolTimes>): RaRecord {
  const id = String(deployment.id);
  const waiting = pending[id];
  if (waiting) return { ...deployment, ...waiting };
  if (preview?.kind === 'move' && preview.deploymentId === id) return { ...deployment, ...movedTimes(deployment, preview.days, preview.minutes) };
  if (preview?.kind === 'resize' && preview.deploymentId === id) return { ...deployment, ...resizedTimes(deployment, preview.day, preview.bottom) };
  return deployment;
}
