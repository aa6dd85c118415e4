import MoreVertIcon from '@mui/icons-material/MoreVert';
import { Box, Card, CardContent, IconButton, Menu, MenuItem, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, type RaRecord } from 'react-admin';
import { enumLabel } from '../common/enums';
import { daysInStage } from '../recruits/DaysInStageField';

interface Props {
  recruit: RaRecord;
  canMove: boolean;
  onMove: (stage: string) => void;
}

/** A recruit on the board: name, target level, days in the stage; dragged (or moved with its menu) to another stage. */
export const RecruitCard = ({ recruit, canMove, onMove }: Props) => {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const days = daysInStage(recruit);
  const name = `${recruit.lastName}, ${recruit.firstName}`;
  const allowed: string[] = recruit.allowedStages ?? [];
  return (
    <Card
      variant="outlined"
      draggable={canMove}
      data-testid={`recruit-card-${recruit.id}`}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', String(recruit.id));
        event.dataTransfer.effectAllowed = 'move';
      }}
      sx={{ flexShrink: 0, cursor: canMove ? 'grab' : 'default', '&:hover': { boxShadow: 2 } }}
    >
      <CardContent sx={{ p: 1, '&:last-child': { pb: 1 }, display: 'flex', alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body2" noWrap sx={{ fontWeight: 500 }}>
            <Link to={`/recruits/${recruit.id}/show`}>{name}</Link>
          </Typography>
          <Typography variant="caption" color={days !== undefined && days > 60 ? 'warning.main' : 'text.secondary'}>
            {enumLabel(recruit.targetLevel)} · {days === 1 ? '1 day' : `${days ?? '?'} days`} in stage
          </Typography>
        </Box>
        {canMove && allowed.length > 0 && (
          <>
            <IconButton size="small" aria-label={`Move ${name}`} onClick={(event) => setAnchor(event.currentTarget)}>
              <MoreVertIcon fontSize="small" />
            </IconButton>
            <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
              {allowed.map((stage) => (
                <MenuItem
                  key={stage}
                  onClick={() => {
                    setAnchor(null);
                    onMove(stage);
                  }}
                >
                  Move to {enumLabel(stage)}
                </MenuItem>
              ))}
            </Menu>
          </>
        )}
      </CardContent>
    </Card>
  );
};
