import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

export interface RosterReserve {
  id: string;
  badgeNumber: string;
  firstName: string;
  lastName: string;
  level: string;
}
export interface RosterAssignment {
  id: string;
  status: string;
  hoursServed: number | null;
  reserve: RosterReserve;
}
export interface CandidatePage {
  total: number;
  eligibleCount: number;
  candidates: Candidate[];
}
export interface Candidate {
  eligible: boolean;
  homeDivision: boolean;
  hoursThisMonth: number;
  hoursBelowMinimum: number;
  reasons: { code: string; message: string }[];
  reserve: RosterReserve;
}

const RESERVE = 'id badgeNumber firstName lastName level';
const ROSTER = `query Roster($id: ID!) { Deployment(id: $id) { id status requiredHeadcount assignments { id status hoursServed reserve { ${RESERVE} } } } }`;
const CANDIDATES = `query Candidates($id: ID!, $perPage: Int) { eligibleReserves(deploymentId: $id, page: 0, perPage: $perPage) {
  total eligibleCount candidates { eligible homeDivision hoursThisMonth hoursBelowMinimum reasons { code message } reserve { ${RESERVE} } } } }`;
const ASSIGN = `mutation Assign($deploymentId: ID!, $reserveId: ID!) { assignReserve(deploymentId: $deploymentId, reserveId: $reserveId) { id } }`;
const UNASSIGN = `mutation Unassign($assignmentId: ID!) { unassignReserve(assignmentId: $assignmentId) { id } }`;

export const reserveName = (reserve: RosterReserve) => `Badge ${reserve.badgeNumber} - ${reserve.lastName}, ${reserve.firstName}`;

/** A deployment's assignments and ranked candidates, with assign and unassign; refusals notify the server's reason. */
export function useRoster(deploymentId: string | number | undefined, options: { candidates: boolean; perPage?: number }) {
  const perPage = options.perPage ?? 50;
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const enabled = deploymentId != null;
  const roster = useQuery({
    queryKey: ['roster', String(deploymentId)],
    enabled,
    queryFn: ({ signal }) =>
      dataProvider.graphql<{ Deployment: { id: string; status: string; requiredHeadcount: number; assignments: RosterAssignment[] } }>(ROSTER, { id: deploymentId }, signal).then((data) => data.Deployment),
  });
  const candidates = useQuery<CandidatePage, Error>({
    queryKey: ['roster', String(deploymentId), 'candidates', perPage],
    enabled: enabled && options.candidates,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }): Promise<CandidatePage> =>
      dataProvider
        .graphql<{ eligibleReserves: CandidatePage }>(CANDIDATES, { id: deploymentId, perPage }, signal)
        .then((data) => data.eligibleReserves),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['roster', String(deploymentId)] });
    void queryClient.invalidateQueries({ queryKey: ['deployments'] });
    void queryClient.invalidateQueries({ queryKey: ['assignments'] });
    void queryClient.invalidateQueries({ queryKey: ['schedule'] });
  };
  const assign = useMutation({
    mutationFn: (reserve: RosterReserve) => dataProvider.graphql(ASSIGN, { deploymentId, reserveId: reserve.id }),
    onSuccess: (_data, reserve) => notify(`${reserveName(reserve)} assigned`, { type: 'success' }),
    onError: (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    onSettled: refresh,
  });
  const unassign = useMutation({
    mutationFn: (assignment: RosterAssignment) => dataProvider.graphql(UNASSIGN, { assignmentId: assignment.id }),
    onSuccess: (_data, assignment) => notify(`${reserveName(assignment.reserve)} taken off the deployment`, { type: 'info' }),
    onError: (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    onSettled: refresh,
  });
  return { roster, candidates, assign, unassign };
}
