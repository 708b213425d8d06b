import { UsageError } from '../../errors/errors.js';
import { addFeed, removeFeed, workspaceFeeds } from '../../services/listening/feeds.js';
import { jsonObject } from '../auth/smallBody.js';
import type { Route } from '../route.js';

/** The fields POST /api/feeds takes. */
const FEED_FIELDS = ['url', 'brand', 'keywords', 'own'];

/**
 * The feeds a workspace listens to (docs/api.md, "Feeds"), for its signed-in editors and
 * admins — those who may import data, since a feed writes mentions: GET lists them with their
 * last fetch; POST adds one (`{"url", "brand", "keywords"?, "own"?}`, 201 with the feed);
 * DELETE removes one (204; its mentions stay). The server fetches them on its schedule.
 */
export const feedRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/feeds',
    access: 'editor',
    parameters: [],
    async handle(c) {
      return c.json({ feeds: await workspaceFeeds(c.get('store'), c.get('workspaceId')) });
    },
  },
  {
    method: 'POST',
    path: '/api/feeds',
    access: 'editor',
    parameters: [],
    async handle(c) {
      const body = await jsonObject(c);
      const unknown = Object.keys(body).find((field) => !FEED_FIELDS.includes(field));
      if (unknown !== undefined) throw new UsageError(`The field ${JSON.stringify(unknown)} is unknown: a feed takes only ${FEED_FIELDS.join(', ')}.`);
      return c.json(await addFeed(c.get('store'), c.get('workspaceId'), { url: body.url, brand: body.brand, keywords: body.keywords, own: body.own }), 201);
    },
  },
  {
    method: 'DELETE',
    path: '/api/feeds/:id',
    access: 'editor',
    parameters: [],
    async handle(c) {
      await removeFeed(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '');
      return c.body(null, 204);
    },
  },
];
