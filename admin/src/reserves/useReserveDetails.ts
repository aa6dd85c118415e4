import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

export interface ModuleStanding {
  status: 'CURRENT' | 'EXPIRING' | 'EXPIRED' | 'MISSING';
  completedOn: string | null;
  expiresOn: string | null;
  module: { id: string; code: string; title: string };
}

export interface ReserveDetails {
  id: string;
  calendarFeedUrl: string | null;
  trainingStatus: {
    asOf: string;
    compliant: boolean;
    cptHoursLast24Months: number | null;
    cptHoursRequired: number | null;
    modules: ModuleStanding[];
  };
  assignments:
    | {
        id: string;
        status: string;
        deployment: { id: string; startsAt: string; endsAt: string; location: string; status: string; kind: string; division: { name: string } };
      }[]
    | null;
}

const QUERY = `query ReserveDetails($id: ID!) {
  ReserveOfficer(id: $id) {
    id
    calendarFeedUrl
    trainingStatus { asOf compliant cptHoursLast24Months cptHoursRequired modules { status completedOn expiresOn module { id code title } } }
    assignments { id status deployment { id startsAt endsAt location status kind division { name } } }
  }
}`;

/** What the reserve page shows beyond the record: training standing, the schedule, the calendar feed. */
export function useReserveDetails() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['reserves', 'details', record?.id],
    enabled: record?.id != null,
    queryFn: ({ signal }) => dataProvider.graphql<{ ReserveOfficer: ReserveDetails }>(QUERY, { id: record!.id }, signal).then((data) => data.ReserveOfficer),
  });
}
