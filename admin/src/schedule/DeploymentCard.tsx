import { Box, ButtonBase, Typography } from '@mui/material';
import { memo, type PointerEvent as ReactPointerEvent } from 'react';
import type { RaRecord } from 'react-admin';
import { enumLabel } from '../common/enums';
import { formatTime } from '../common/laTime';
import { fillOf } from '../deployments/FillField';
import { horizontalPlace, minutesToPx, type Placed } from './layout';

/** `text` keeps at least 4.5:1 against `bg` (WCAG AA for the small caption); `border` is only drawn. */
export const FILL_STYLES = {
  full: { bg: '#e3f3e5', border: '#2e7d32', text: '#1b5e20', label: 'Full' },
  short: { bg: '#fff1dc', border: '#b26a00', text: '#8a4f00', label: 'Short' },
  empty: { bg: '#fde8ea', border: '#c62828', text: '#b71c1c', label: 'Empty' },
  closed: { bg: '#f1f1f1', border: '#9e9e9e', text: '#616161', label: 'Cancelled' },
} as const;

/**
 * Ends each line: the card's text read as one string (axe, speech input) keeps its words apart, so it
 * stays contained in the card's name.
 */
const LINE_BREAK_SPACE = ' ';

interface Props {
  placed: Placed;
  division: string;
  /** Moving and resizing are offered (a coordinator, a patrol still open). */
  draggable: boolean;
  dragging: boolean;
  onOpen: () => void;
  onMoveStart: (event: ReactPointerEvent, deployment: RaRecord) => void;
  onResizeStart: (event: ReactPointerEvent) => void;
}

/**
 * One deployment's piece of a day on the time grid, coloured by how full it is. The piece where a
 * patrol starts is its button (one per patrol for the keyboard and screen readers); the piece an
 * overnight patrol continues on is drawn for the eye and opens it on a click.
 */
const Card = ({ placed, division, draggable, dragging, onOpen, onMoveStart, onResizeStart }: Props) => {
  const { deployment, span } = placed;
  const { left, width, zIndex } = horizontalPlace(placed);
  const { filled, required, state } = fillOf(deployment);
  const cancelled = deployment.status === 'CANCELLED';
  const style = FILL_STYLES[cancelled ? 'closed' : state];
  const height = minutesToPx(span.bottom - span.top);
  const times = `${formatTime(deployment.startsAt)} - ${formatTime(deployment.endsAt)}`;
  const fill = `${filled} of ${required} (${style.label})${deployment.status === 'DRAFT' ? ` · ${enumLabel('DRAFT')}` : ''}`;
  // Starts with what the card shows, so speech input can name it by its visible text (WCAG 2.5.3).
  const label = `${times} ${division} ${deployment.location}: ${fill}`;
  const compact = height < 40;
  return (
    <ButtonBase
      component="div"
      onClick={onOpen}
      onPointerDown={draggable ? (event: ReactPointerEvent) => onMoveStart(event, deployment) : undefined}
      focusRipple
      {...(span.continued ? { 'aria-hidden': true, tabIndex: -1 } : { role: 'button', 'aria-label': label })}
      title={label}
      data-testid={span.continued ? `deployment-${deployment.id}-continued` : `deployment-${deployment.id}`}
      sx={{
        position: 'absolute',
        top: minutesToPx(span.top) + 1,
        height: Math.max(height - 2, 14),
        left,
        width,
        display: 'block',
        textAlign: 'left',
        overflow: 'hidden',
        bgcolor: style.bg,
        borderLeft: 4,
        borderColor: style.border,
        borderTopLeftRadius: span.continued ? 0 : 6,
        borderTopRightRadius: span.continued ? 0 : 6,
        borderBottomLeftRadius: span.continues ? 0 : 6,
        borderBottomRightRadius: span.continues ? 0 : 6,
        borderTop: span.continued ? `2px dashed ${style.border}` : undefined,
        borderBottom: span.continues ? `2px dashed ${style.border}` : undefined,
        px: 0.5,
        py: compact ? 0 : 0.25,
        cursor: draggable ? (dragging ? 'grabbing' : 'grab') : 'pointer',
        touchAction: draggable ? 'none' : undefined,
        textDecoration: cancelled ? 'line-through' : undefined,
        boxShadow: dragging ? 6 : 0,
        zIndex: dragging ? 30 : zIndex,
        outline: zIndex > 1 ? '1px solid rgba(255,255,255,0.9)' : undefined,
        transition: dragging ? 'none' : 'box-shadow 120ms',
        '&:hover': { boxShadow: dragging ? 6 : 2, zIndex: dragging ? 30 : 20 },
        '&:focus-visible': { outline: '2px solid #1a3a6b', outlineOffset: 1 },
      }}
    >
      <Typography variant="caption" component="div" noWrap sx={{ fontWeight: 600, lineHeight: 1.3, color: style.text }}>
        {span.continued ? '↳ ' : ''}
        {times}
        {compact ? ` ${division}` : ''}
        {LINE_BREAK_SPACE}
      </Typography>
      {!compact && (
        <>
          <Typography variant="caption" component="div" noWrap sx={{ fontWeight: 500, lineHeight: 1.3 }}>
            {division}
            {LINE_BREAK_SPACE}
          </Typography>
          <Typography variant="caption" component="div" noWrap color="text.secondary" sx={{ lineHeight: 1.3 }}>
            {deployment.location}
            {LINE_BREAK_SPACE}
          </Typography>
          <Typography variant="caption" component="div" noWrap sx={{ lineHeight: 1.3 }}>
            {fill}
          </Typography>
        </>
      )}
      {draggable && !span.continues && (
        <Box
          aria-hidden
          data-testid={`resize-${deployment.id}`}
          onPointerDown={onResizeStart}
          onClick={(event) => event.stopPropagation()}
          sx={{ position: 'absolute', left: 0, right: 0, bottom: 0, height: 7, cursor: 'ns-resize', '&:hover': { bgcolor: 'rgba(0,0,0,0.08)' } }}
        />
      )}
    </ButtonBase>
  );
};

const samePlace = (a: Placed, b: Placed) =>
  a.deployment === b.deployment &&
  a.lane === b.lane &&
  a.lanes === b.lanes &&
  a.reach === b.reach &&
  a.span.top === b.span.top &&
  a.span.bottom === b.span.bottom &&
  a.span.continued === b.span.continued &&
  a.span.continues === b.span.continues;

/**
 * Drawn again only when what it shows changes: a drag re-renders the grid on every pointer move, and
 * redrawing every card each time makes dragging stutter. The handlers are left out of the comparison:
 * they act on the deployment and its place, which are compared.
 */
export const DeploymentCard = memo(
  Card,
  (before, after) => samePlace(before.placed, after.placed) && before.division === after.division && before.draggable === after.draggable && before.dragging === after.dragging,
);
