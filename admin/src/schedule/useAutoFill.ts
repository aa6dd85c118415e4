import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import type { RosterReserve } from '../deployments/useRoster';

export interface ProposedDeployment {
  id: string;
  divisionId: string;
  location: string;
  startsAt: string;
  endsAt: string;
  requiredHeadcount: number;
}
export interface ProposedAssignment {
  deploymentId: string;
  reserveId: string;
  homeDivision: boolean;
  reserve: RosterReserve;
  deployment: ProposedDeployment;
}
export interface OpenSlot {
  deploymentId: string;
  missing: number;
  code: string;
  reason: string;
}
export interface AutoFillProposal {
  slots: number;
  filled: number;
  fillRate: number;
  assignments: ProposedAssignment[];
  openSlots: OpenSlot[];
}
export interface AutoFillResult {
  applied: { id: string }[];
  rejected: { deploymentId: string; reserveId: string; reasons: { code: string; message: string }[] }[];
}
export type ProposedAssignmentInput = Pick<ProposedAssignment, 'deploymentId' | 'reserveId'>;

const DEPLOYMENT = 'id divisionId location startsAt endsAt requiredHeadcount';
const PROPOSE = `mutation ProposeAutoFill($from: DateTimeISO!, $to: DateTimeISO!, $divisionIds: [ID!]) {
  proposeAutoFill(from: $from, to: $to, divisionIds: $divisionIds) {
    slots filled fillRate
    assignments { deploymentId reserveId homeDivision reserve { id badgeNumber firstName lastName level } deployment { ${DEPLOYMENT} } }
    openSlots { deploymentId missing code reason }
  }
}`;
const APPLY = `mutation ApplyAutoFill($assignments: [ProposedAssignmentInput!]!) {
  applyAutoFill(assignments: $assignments) { applied { id } rejected { deploymentId reserveId reasons { code message } } }
}`;
/** Open places the proposal leaves, for the deployments it proposes nobody for. */
const DEPLOYMENTS = `query OpenDeployments($ids: [ID!]) { allDeployments(perPage: 1000, filter: { ids: $ids }) { ${DEPLOYMENT} } }`;

/**
 * Auto-fill for a period, through the data provider's `graphql` (as assignReserve is called):
 * propose (writes nothing), then apply what the coordinator kept, in one transaction on the server.
 */
export function useAutoFill(period: { from: string; to: string; divisionId?: string }) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const propose = useMutation({
    mutationFn: async () => {
      const { proposeAutoFill } = await dataProvider.graphql<{ proposeAutoFill: AutoFillProposal }>(PROPOSE, {
        from: period.from,
        to: period.to,
        divisionIds: period.divisionId ? [period.divisionId] : null,
      });
      // Deployments left wholly open appear only in openSlots, by id: fetch their times and places.
      const known = new Set(proposeAutoFill.assignments.map((item) => item.deploymentId));
      const unknown = [...new Set(proposeAutoFill.openSlots.map((slot) => slot.deploymentId))].filter((id) => !known.has(id));
      const open = unknown.length ? (await dataProvider.graphql<{ allDeployments: ProposedDeployment[] }>(DEPLOYMENTS, { ids: unknown })).allDeployments : [];
      return { proposal: proposeAutoFill, openDeployments: open };
    },
    onError: (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
  });
  const apply = useMutation({
    mutationFn: (assignments: ProposedAssignmentInput[]) => dataProvider.graphql<{ applyAutoFill: AutoFillResult }>(APPLY, { assignments }).then((data) => data.applyAutoFill),
    onSuccess: ({ applied, rejected }) =>
      notify(`Auto-fill applied: ${applied.length} ${applied.length === 1 ? 'assignment' : 'assignments'} written${rejected.length ? `, ${rejected.length} refused` : ''}`, {
        type: rejected.length ? 'warning' : 'success',
      }),
    onError: (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['deployments'] });
      void queryClient.invalidateQueries({ queryKey: ['roster'] });
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
    },
  });
  return { propose, apply };
}
