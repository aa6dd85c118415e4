import { Router, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock.js';
import { calendarFeed } from './calendar.service.js';

/** `<64 hex digits>.ics`: anything else cannot name a feed and is answered without asking the database. */
const FEED_FILE = /^([0-9a-f]{64})\.ics$/;

function notFound(res: Response): void {
  res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('No calendar here\n');
}

/**
 * `GET /calendar/<token>.ics`: a reserve's schedule for calendar applications, which cannot sign
 * in, so the unguessable token in the address is the only key (a capability URL). An unknown,
 * rotated or malformed token answers 404, the same for each. The token never reaches the logs:
 * the access log records the route, not the address.
 */
export function calendarRouter(options: { db: DataSource; clock: Clock }): Router {
  const router = Router();
  router.use((req, res, next) => {
    res.locals.logPath = `${req.baseUrl}/:token.ics`;
    next();
  });
  router.get('/:file', async (req, res) => {
    const match = FEED_FILE.exec(req.params.file);
    const feed = match ? await calendarFeed(options.db, match[1], options.clock.now()) : null;
    if (feed === null) return notFound(res);
    res
      .status(200)
      .set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="reserve-duty.ics"',
        'Cache-Control': 'private, max-age=300',
        'X-Robots-Tag': 'noindex, nofollow',
      })
      .send(feed);
  });
  router.use((_req, res) => notFound(res));
  return router;
}
