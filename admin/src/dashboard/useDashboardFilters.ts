import { useSearchParams } from 'react-router-dom';
import { lastTwelveMonths, lastTwelveWeeks, periodFromSearch, untilOf, type Period } from './period';

/**
 * The dashboard's choices, kept in the address (`?patrolsFrom=…&patrolsUntil=…&division=…`): a
 * figure's list opened and then "Back" returns to the same view, and a view can be shared as a link.
 */
export function useDashboardFilters() {
  const [search, setSearch] = useSearchParams();
  const patrols = periodFromSearch(search, 'patrols', lastTwelveWeeks());
  const recruitment = periodFromSearch(search, 'recruitment', lastTwelveMonths());
  const divisionId = search.get('division') || undefined;

  const update = (changes: Record<string, string | undefined>) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  const setPeriod = (name: 'patrols' | 'recruitment') => (period: Period) => update({ [`${name}From`]: period.from, [`${name}Until`]: untilOf(period) });

  return {
    patrols,
    recruitment,
    divisionId,
    setPatrols: setPeriod('patrols'),
    setRecruitment: setPeriod('recruitment'),
    setDivisionId: (division?: string) => update({ division }),
    isDefault: !search.toString(),
    reset: () => setSearch(new URLSearchParams(), { replace: true }),
  };
}
