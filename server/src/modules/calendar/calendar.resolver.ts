import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, COORDINATORS, VisibleTo } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { calendarFeedUrl, rotateCalendarToken } from './calendar.service.js';

/** A reserve's calendar feed: its address (a secret) and the way to replace it. */
@Resolver(() => ReserveOfficer)
export class CalendarResolver {
  @VisibleTo(...COORDINATORS)
  @FieldResolver(() => String, {
    nullable: true,
    description: "Address of the reserve's iCalendar feed (upcoming and recent assignments); whoever holds it reads the feed. Null for roles other than coordinators and admins",
  })
  calendarFeedUrl(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext): Promise<string | null> {
    return calendarFeedUrl(ctx, reserve.id);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => ReserveOfficer, { description: 'Gives the reserve a new calendar feed address; the old one stops working' })
  rotateCalendarToken(@Arg('reserveId', () => ID) reserveId: string, @Ctx() ctx: AppContext): Promise<ReserveOfficer> {
    return rotateCalendarToken(ctx, reserveId);
  }
}
