import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types.js';
import { adminSomewhere, mayAct, roleIn } from './roles.js';

const ME: Me = {
  user: { email: 'ana@shop.fr', displayName: 'Ana' },
  workspaces: [
    { workspace: 'shop', role: 'editor' },
    { workspace: 'lab', role: 'viewer' },
  ],
  csrfToken: 't',
};

describe('roles', () => {
  it('reads the role in a workspace, null outside it', () => {
    expect(roleIn(ME, 'shop')).toBe('editor');
    expect(roleIn(ME, 'other')).toBeNull();
  });

  it('lets a role do what it and the roles below it may', () => {
    expect(mayAct(ME, 'shop', 'viewer')).toBe(true);
    expect(mayAct(ME, 'shop', 'editor')).toBe(true);
    expect(mayAct(ME, 'shop', 'admin')).toBe(false);
    expect(mayAct(ME, 'lab', 'editor')).toBe(false);
    expect(mayAct(ME, 'other', 'viewer')).toBe(false);
  });

  it('knows an admin of any workspace', () => {
    expect(adminSomewhere(ME)).toBe(false);
    expect(adminSomewhere({ ...ME, workspaces: [...ME.workspaces, { workspace: 'x', role: 'admin' }] })).toBe(true);
  });
});
