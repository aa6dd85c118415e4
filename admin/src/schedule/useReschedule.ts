import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useUpdate, type RaRecord } from 'react-admin';
import { formatDateTime, formatTime } from '../common/laTime';
import { messageOf } from '../dataProvider';
import type { PatrolTimes } from './displayedTimes';

/**
 * Moves or resizes a deployment with `updateDeployment`. The grid shows the new times at once; when
 * the server refuses (a reserve on it would overlap, rest too short, weekly maximum ...), the card
 * goes back and the server's reason is the notification.
 */
export function useReschedule() {
  const [pending, setPending] = useState<Record<string, PatrolTimes>>({});
  const [update] = useUpdate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const settle = (id: string) =>
    setPending((current) => {
      const { [id]: _settled, ...rest } = current;
      return rest;
    });

  const reschedule = (deployment: RaRecord, times: PatrolTimes) => {
    const id = String(deployment.id);
    if (new Date(times.startsAt).getTime() === new Date(deployment.startsAt).getTime() && new Date(times.endsAt).getTime() === new Date(deployment.endsAt).getTime()) return;
    setPending((current) => ({ ...current, [id]: times }));
    update(
      'deployments',
      { id: deployment.id, data: times, previousData: deployment },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify(`Patrol moved to ${formatDateTime(times.startsAt)} - ${formatTime(times.endsAt)} (Los Angeles)`, { type: 'success' }),
        onError: (error: unknown) => {
          settle(id); // the card snaps back at once
          notify(messageOf(error), { type: 'error', multiLine: true });
        },
        onSettled: async () => {
          // The card stays where it was dropped until the week holds the server's answer.
          await queryClient.invalidateQueries({ queryKey: ['deployments'] });
          void queryClient.invalidateQueries({ queryKey: ['roster', id] });
          settle(id);
        },
      },
    );
  };
  return { pending, reschedule };
}
