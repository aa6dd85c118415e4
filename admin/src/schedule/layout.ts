import type { RaRecord } from 'react-admin';
import { daySpan, type DaySpan } from '../common/laTime';

/** The grid's scale: pixels per hour, and the finest step a drag snaps to. */
export const HOUR_HEIGHT = 44;
export const SNAP_MINUTES = 15;
/** Where the grid opens: the working part of the day (06:00 on) shows first; the night is a scroll away. */
export const FIRST_VISIBLE_HOUR = 6;
export const GUTTER_WIDTH = 56;
/** Beyond this many lanes side by side a card is too narrow to read: overlapping cards then cascade instead. */
export const MAX_SIDE_BY_SIDE = 4;

export const minutesToPx = (minutes: number) => (minutes / 60) * HOUR_HEIGHT;
export const pxToMinutes = (px: number) => (px / HOUR_HEIGHT) * 60;

/** One day's piece of a deployment, the lane it takes among those it overlaps, and how many lanes it may stretch over. */
export interface Placed {
  deployment: RaRecord;
  span: DaySpan;
  lane: number;
  lanes: number;
  reach: number;
}

const overlap = (a: DaySpan, b: DaySpan) => a.top < b.bottom && b.top < a.bottom;

/**
 * Lays a day's deployments side by side as calendar apps do: overlapping ones share the width in
 * lanes (each takes the first free lane), a cluster of overlaps has as many lanes as its busiest
 * moment, and a piece stretches right over lanes that are free all through its time.
 */
export function layoutDay(deployments: readonly RaRecord[], day: string): Placed[] {
  const pieces = deployments
    .map((deployment) => ({ deployment, span: daySpan(deployment.startsAt, deployment.endsAt, day) }))
    .filter((piece): piece is { deployment: RaRecord; span: DaySpan } => piece.span !== null)
    .sort((a, b) => a.span.top - b.span.top || b.span.bottom - a.span.bottom);
  const placed: Placed[] = [];
  let cluster: Placed[] = [];
  let clusterEnd = -1;
  const closeCluster = () => {
    const lanes = Math.max(1, ...cluster.map((piece) => piece.lane + 1));
    for (const piece of cluster) {
      piece.lanes = lanes;
      while (piece.lane + piece.reach < lanes && !cluster.some((other) => other.lane === piece.lane + piece.reach && overlap(other.span, piece.span))) piece.reach++;
    }
    cluster = [];
  };
  for (const { deployment, span } of pieces) {
    if (span.top >= clusterEnd) closeCluster();
    const laneEnds: number[] = [];
    for (const piece of cluster) laneEnds[piece.lane] = Math.max(laneEnds[piece.lane] ?? -1, piece.span.bottom);
    let lane = 0;
    while (laneEnds[lane] !== undefined && laneEnds[lane] > span.top) lane++;
    const piece: Placed = { deployment, span, lane, lanes: 1, reach: 1 };
    cluster.push(piece);
    placed.push(piece);
    clusterEnd = Math.max(clusterEnd, span.bottom);
  }
  closeCluster();
  return placed;
}

/**
 * Where a piece sits across its day column (CSS lengths). Up to MAX_SIDE_BY_SIDE lanes share the
 * width; a busier cluster (a weekend evening across all divisions) cascades as calendar apps do:
 * each lane a little further right and drawn over the one before, so every card keeps a readable width.
 */
export function horizontalPlace({ lane, lanes, reach }: Placed): { left: string; width: string; zIndex: number } {
  if (lanes <= MAX_SIDE_BY_SIDE) return { left: `calc(${(lane / lanes) * 100}% + 2px)`, width: `calc(${(reach / lanes) * 100}% - 4px)`, zIndex: 1 };
  const indent = `min(14px, ${40 / (lanes - 1)}%)`;
  return { left: `calc(${lane} * ${indent} + 2px)`, width: `calc(100% - ${lane} * ${indent} - 4px)`, zIndex: 1 + lane };
}
