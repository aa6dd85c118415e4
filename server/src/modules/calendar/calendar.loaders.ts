import type DataLoader from 'dataloader';
import type { AppContext } from '../../common/context.js';

/** Each reserve's calendar token, one statement for a whole page of reserves. */
export function calendarTokens(ctx: AppContext): DataLoader<number, string | null> {
  return ctx.loaders.custom('ReserveOfficer#calendarToken', async (ids) => {
    const rows = (await ctx.db.query(`SELECT id, calendar_token AS "calendarToken" FROM reserve_officer WHERE id = ANY($1::integer[])`, [
      [...ids],
    ])) as { id: number; calendarToken: string }[];
    const byId = new Map(rows.map((row) => [row.id, row.calendarToken]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
