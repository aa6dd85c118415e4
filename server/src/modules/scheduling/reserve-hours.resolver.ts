import { Arg, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import { Allow, EVERY_ROLE } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { localDate } from '../../common/fields.js';
import { parseTargetId } from '../../common/ids.js';
import { addDays, laLocalToUtc, laMonthOf } from '../../common/la-time.js';
import { LocalDateScalar } from '../../common/local-date.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { completedHours } from './hours.js';
import { ReserveHours } from './hours.types.js';

/** Hours of a page of reserves this month, in one statement per page. */
function hoursThisMonth(ctx: AppContext, reserveId: number): Promise<number> {
  return ctx.loaders
    .custom('ReserveOfficer#hoursThisMonth', async (ids) => {
      const month = laMonthOf(ctx.clock.now());
      const hours = await completedHours(ctx.db.manager, ids, { from: month.start, to: month.end });
      return ids.map((id) => hours.get(id)?.hours ?? 0);
    })
    .load(reserveId);
}

const day = localDate();

/** Rule 4: service hours from completed assignments, counted in Los Angeles months. */
@Resolver(() => ReserveOfficer)
export class ReserveHoursResolver {
  @FieldResolver(() => Float, { description: 'Completed hours in the current Los Angeles month' })
  hoursThisMonth(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext): Promise<number> {
    return hoursThisMonth(ctx, reserve.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this month’s completed hours reach the monthly minimum' })
  async meetsMonthlyMinimum(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext): Promise<boolean> {
    return (await hoursThisMonth(ctx, reserve.id)) >= reserve.monthlyMinimumHours;
  }

  @Allow(...EVERY_ROLE)
  @Query(() => ReserveHours, { description: 'Completed hours of a reserve between two Los Angeles dates, both included' })
  async reserveHours(
    @Arg('reserveId', () => ID) reserveIdInput: string,
    @Arg('from', () => LocalDateScalar) fromInput: string,
    @Arg('to', () => LocalDateScalar) toInput: string,
    @Ctx() ctx: AppContext,
  ): Promise<ReserveHours> {
    const reserveId = parseTargetId(reserveIdInput, 'ReserveOfficer');
    const [from, to] = [day.parse(fromInput, 'from'), day.parse(toInput, 'to')];
    if (to < from) throw new BadInputError('to', 'to must not be before from');
    if (!(await ctx.loaders.byId(ReserveOfficer).load(reserveId))) throw new NotFoundError('ReserveOfficer', reserveId);
    const period = { from: laLocalToUtc(from, 0), to: laLocalToUtc(addDays(to, 1), 0) };
    const total = (await completedHours(ctx.db.manager, [reserveId], period)).get(reserveId);
    return { reserveId, from, to, hours: total?.hours ?? 0, completedAssignments: total?.assignments ?? 0 };
  }
}
