import { bearerKey, requireKey } from './presentedKey.js';

/**
 * The check of the private read routes: the request must send `Authorization: Bearer <key>`
 * with a valid read key of some workspace (barometre keys create --kind read), whose id the
 * routes then read as `workspaceId`; anything else is answered 401.
 */
export const readKey = requireKey(
  'read',
  async (c) => bearerKey(c),
  'This route needs a read key: send "Authorization: Bearer <key>" (barometre keys create --kind read makes one).',
);
