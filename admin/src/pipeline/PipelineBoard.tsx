import { Alert, Box, LinearProgress, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useCanAccess, useGetList, type RaRecord } from 'react-admin';
import { EXIT_STAGES, PIPELINE_STAGES, choices } from '../common/enums';
import { ExitDialog } from './ExitDialog';
import { RecruitCard } from './RecruitCard';
import { StageColumn } from './StageColumn';
import { useMoveRecruit, type Move } from './useMoveRecruit';

const EXITS = new Set<string>(EXIT_STAGES);

/** The recruitment pipeline: a column per stage, a card per recruit; drag a card to move the recruit. */
const PipelineBoard = () => {
  const [level, setLevel] = useState('');
  const [pending, setPending] = useState<Record<string, string>>({});
  const [exit, setExit] = useState<{ recruit: RaRecord; stage: string }>();
  const { canAccess: canMove = false } = useCanAccess({ action: 'edit', resource: 'recruits' });
  const { data, isPending, error } = useGetList('recruits', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'stageChangedAt', order: 'ASC' },
    filter: level ? { targetLevel: level } : {},
  });
  const move = useMoveRecruit(() => setPending({}));

  const request = (recruit: RaRecord, stage: string) => {
    if (stage === recruit.stage) return;
    if (EXITS.has(stage)) return setExit({ recruit, stage });
    run({ recruit: recruit as Move['recruit'], stage });
  };
  const run = (payload: Move) => {
    setPending((current) => ({ ...current, [String(payload.recruit.id)]: payload.stage }));
    move.mutate(payload);
  };
  const stageOf = (recruit: RaRecord) => pending[String(recruit.id)] ?? recruit.stage;
  const dropped = (stage: string) => (id: string) => {
    const recruit = data?.find((candidate) => String(candidate.id) === id);
    if (recruit) request(recruit, stage);
  };

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="Recruitment board" />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <TextField select size="small" label="Target level" value={level} onChange={(event) => setLevel(event.target.value)} fullWidth={false} sx={{ width: 200 }}>
          <MenuItem value="">All levels</MenuItem>
          {choices.level.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {choice.name}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary">
          {canMove ? 'Drag a card to the next stage, or to an exit; the menu on a card does the same.' : 'Read only.'}
        </Typography>
      </Box>
      {isPending && <LinearProgress aria-label="Loading recruits" />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {data && (
        <Box sx={{ display: 'flex', gap: 1, overflowX: 'auto', pb: 1 }}>
          {[...PIPELINE_STAGES, ...EXIT_STAGES].map((stage) => {
            const recruits = data.filter((recruit) => stageOf(recruit) === stage);
            return (
              <StageColumn key={stage} stage={stage} count={recruits.length} canDrop={canMove} onDropRecruit={dropped(stage)} narrow={EXITS.has(stage)}>
                {recruits.length === 0 && (
                  <Typography variant="caption" color="text.secondary">
                    Nobody in this stage
                  </Typography>
                )}
                {recruits.map((recruit) => (
                  <RecruitCard key={recruit.id} recruit={recruit} canMove={canMove} onMove={(target) => request(recruit, target)} />
                ))}
              </StageColumn>
            );
          })}
        </Box>
      )}
      <ExitDialog
        key={exit ? `${exit.recruit.id}-${exit.stage}` : 'none'}
        stage={exit?.stage}
        name={exit ? `${exit.recruit.firstName} ${exit.recruit.lastName}` : ''}
        onCancel={() => setExit(undefined)}
        onConfirm={(note) => {
          if (exit) run({ recruit: exit.recruit as Move['recruit'], stage: exit.stage, note });
          setExit(undefined);
        }}
      />
    </Box>
  );
};

export default PipelineBoard;
