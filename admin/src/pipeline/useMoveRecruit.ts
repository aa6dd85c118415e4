import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import { enumLabel } from '../common/enums';
import type { AppDataProvider } from '../dataProvider';

const MOVE = `mutation Move($recruitId: ID!, $stage: RecruitStage!, $note: String) {
  moveRecruitToStage(recruitId: $recruitId, stage: $stage, note: $note) { id stage stageChangedAt daysInStage allowedStages }
}`;

export interface Move {
  recruit: { id: string | number; firstName: string; lastName: string };
  stage: string;
  note?: string;
}

/**
 * Moves a recruit with `moveRecruitToStage`. The board shows the move at once; a refusal puts the
 * card back (the list is fetched again) and says the server's reason.
 */
export function useMoveRecruit(onSettled: () => void) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: ({ recruit, stage, note }: Move) => dataProvider.graphql(MOVE, { recruitId: recruit.id, stage, note: note || null }),
    onSuccess: (_data, { recruit, stage }) => notify(`${recruit.firstName} ${recruit.lastName} moved to ${enumLabel(stage)}`, { type: 'success' }),
    onError: (error: Error) => {
      onSettled(); // the card snaps back at once
      notify(error.message, { type: 'error', multiLine: true });
    },
    onSettled: async () => {
      void queryClient.invalidateQueries({ queryKey: ['stage-changes'] });
      // A moved card stays where it was dropped until the board holds the server's answer.
      await queryClient.invalidateQueries({ queryKey: ['recruits'] });
      onSettled();
    },
  });
}
