import { useState } from 'preact/hooks';
import { apiSend } from '../../api/client.js';
import type { Membership } from '../../api/types.js';
import { useAction } from '../../api/useAction.js';
import { useApi } from '../../api/useApi.js';
import { DataTable } from '../../components/DataTable.js';
import { Status } from '../../components/Status.js';
import { formatDay } from '../../i18n/format.js';
import { say, useLanguage, type Words } from '../../i18n/words.js';
import { viewUrl } from '../../view/viewQuery.js';
import type { PageProps } from '../registry.js';
import { adminSomewhere, mayAct } from './roles.js';
import { roleName, WorkspaceLine } from './WorkspaceLine.js';

/** One member of GET /api/members (docs/accounts.md, "JSON API for the web app"). */
interface Member {
  userId: number;
  email: string;
  displayName: string;
  role: Membership['role'];
  addedAt: string;
}

const ROLES: readonly Membership['role'][] = ['viewer', 'editor', 'admin'];

const WORDS = {
  title: { en: 'Members', fr: 'Membres' },
  needs: {
    en: 'Only admins of the workspace see and manage its members.',
    fr: "Seuls les administrateurs de l'espace de travail voient et gèrent ses membres.",
  },
  roles: {
    en: 'Viewers read the reports; editors also import data and run surveys; admins also manage keys, members and settings.',
    fr: 'Les lecteurs consultent les rapports ; les éditeurs importent aussi des données et mènent les enquêtes ; les administrateurs gèrent aussi les clés, les membres et les réglages.',
  },
  list: { en: 'Members of the workspace', fr: "Membres de l'espace de travail" },
  email: { en: 'E-mail address', fr: 'Adresse e-mail' },
  name: { en: 'Name', fr: 'Nom' },
  role: { en: 'Role', fr: 'Rôle' },
  roleOf: { en: 'Role of', fr: 'Rôle de' },
  added: { en: 'Member since', fr: 'Membre depuis' },
  action: { en: 'Action', fr: 'Action' },
  remove: { en: 'Remove', fr: 'Retirer' },
  confirmRemove: {
    en: 'Take this member out of the workspace? Their account stays, with its other workspaces.',
    fr: "Retirer ce membre de l'espace de travail ? Son compte reste, avec ses autres espaces de travail.",
  },
  add: { en: 'Add a member', fr: 'Ajouter un membre' },
  addHelp: {
    en: 'An address that has an account gets the role and keeps its password. For a new account, give a name and a password of at least 15 characters.',
    fr: "Une adresse qui a déjà un compte reçoit le rôle et garde son mot de passe. Pour un nouveau compte, donnez un nom et un mot de passe d'au moins 15 caractères.",
  },
  displayName: { en: 'Name (new account, optional)', fr: 'Nom (nouveau compte, facultatif)' },
  password: { en: 'Password (new account only)', fr: 'Mot de passe (nouveau compte seulement)' },
  addButton: { en: 'Add', fr: 'Ajouter' },
  added_: { en: 'Added.', fr: 'Ajouté.' },
  changed: { en: 'Role changed.', fr: 'Rôle modifié.' },
  removed: { en: 'Removed.', fr: 'Retiré.' },
  workspaces: { en: 'Create a workspace', fr: 'Créer un espace de travail' },
  workspacesHelp: {
    en: 'A workspace holds its own data, keys and members; you become its admin.',
    fr: 'Un espace de travail a ses propres données, clés et membres ; vous en devenez administrateur.',
  },
  workspaceName: { en: 'Name of the new workspace', fr: 'Nom du nouvel espace de travail' },
  create: { en: 'Create and open it', fr: "Créer et l'ouvrir" },
} satisfies Record<string, Words>;

/**
 * The members page: for admins, the workspace's members with their roles (changed in place,
 * taken out after a confirmation; the API refuses to leave a workspace without an admin, and
 * its sentence is shown) and a form to add one (an existing account, or a new one with a
 * password); for an admin of any workspace, a form that creates a workspace and opens it.
 */
export function MembersPage({ view, me, workspace }: PageProps) {
  const language = useLanguage();
  const admin = mayAct(me, workspace, 'admin');
  const members = useApi<{ members: Member[] }>(admin ? '/api/members' : null, { workspace });
  const action = useAction();
  const [done, setDone] = useState<Words | null>(null);
  // Bumped after every write, so a role select the API refused is drawn again with the stored role.
  const [version, setVersion] = useState(0);
  const [form, setForm] = useState({ email: '', role: 'viewer' as Membership['role'], displayName: '', password: '' });
  const [workspaceName, setWorkspaceName] = useState('');
  const write = async (send: () => Promise<unknown>, said: Words): Promise<boolean> => {
    setDone(null);
    const answer = await action.run(async () => {
      await send();
      return true;
    });
    setVersion((previous) => previous + 1);
    members.reload();
    if (answer === true) setDone(said);
    return answer === true;
  };
  const memberPath = (member: Member) => `/api/members/${member.userId}`;
  const changeRole = (member: Member, role: Membership['role']) => write(() => apiSend('PATCH', memberPath(member), { workspace }, { role }), WORDS.changed);
  const remove = (member: Member) => {
    if (window.confirm(`${say(WORDS.confirmRemove, language)}\n${member.email}`))
      write(() => apiSend('DELETE', memberPath(member), { workspace }), WORDS.removed);
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const body = {
      email: form.email.trim(),
      role: form.role,
      ...(form.displayName.trim() === '' ? {} : { displayName: form.displayName.trim() }),
      ...(form.password === '' ? {} : { password: form.password }),
    };
    if (await write(() => apiSend('POST', '/api/members', { workspace }, body), WORDS.added_))
      setForm({ email: '', role: 'viewer', displayName: '', password: '' });
  };
  const createWorkspace = async (event: Event) => {
    event.preventDefault();
    setDone(null);
    const created = await action.run(() => apiSend<{ workspace: string }>('POST', '/api/workspaces', {}, { name: workspaceName }));
    // A full load, so the header's workspaces (GET /api/me) include the new one.
    if (created !== undefined) window.location.assign(viewUrl({ page: view.page, query: { ...view.query, workspace: created.workspace } }));
  };
  return (
    <>
      <h1>{say(WORDS.title, language)}</h1>
      <WorkspaceLine me={me} workspace={workspace} needs={admin ? undefined : WORDS.needs} />
      <p class="note">{say(WORDS.roles, language)}</p>
      {admin && (
        <>
          <Status loading={members.loading && members.data === undefined} error={members.error} />
          {members.data !== undefined && (
            <DataTable
              caption={say(WORDS.list, language)}
              columns={[
                { heading: say(WORDS.email, language), cell: (member) => member.email },
                { heading: say(WORDS.name, language), cell: (member) => member.displayName },
                {
                  heading: say(WORDS.role, language),
                  cell: (member) => (
                    <select
                      aria-label={`${say(WORDS.roleOf, language)} ${member.email}`}
                      value={member.role}
                      disabled={action.busy}
                      onChange={(event) => changeRole(member, event.currentTarget.value as Membership['role'])}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {roleName(role, language)}
                        </option>
                      ))}
                    </select>
                  ),
                },
                { heading: say(WORDS.added, language), cell: (member) => formatDay(member.addedAt.slice(0, 10), language) },
                {
                  heading: say(WORDS.action, language),
                  cell: (member) => (
                    <button type="button" disabled={action.busy} onClick={() => remove(member)}>
                      {say(WORDS.remove, language)} <span class="visually-hidden">{member.email}</span>
                    </button>
                  ),
                },
              ]}
              rows={members.data.members}
              rowKey={(member) => `${member.userId}:${version}`}
            />
          )}
          <Status loading={false} error={action.error} />
          {done !== null && (
            <p role="status" class="done">
              {say(done, language)}
            </p>
          )}
          <form class="panel data-form" onSubmit={add} aria-labelledby="add-member">
            <h2 id="add-member">{say(WORDS.add, language)}</h2>
            <p class="note">{say(WORDS.addHelp, language)}</p>
            <label>
              {say(WORDS.email, language)}
              <input type="email" required autocomplete="off" value={form.email} onInput={(event) => setForm({ ...form, email: event.currentTarget.value })} />
            </label>
            <label>
              {say(WORDS.role, language)}
              <select value={form.role} onChange={(event) => setForm({ ...form, role: event.currentTarget.value as Membership['role'] })}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {roleName(role, language)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {say(WORDS.displayName, language)}
              <input
                type="text"
                autocomplete="off"
                value={form.displayName}
                onInput={(event) => setForm({ ...form, displayName: event.currentTarget.value })}
              />
            </label>
            <label>
              {say(WORDS.password, language)}
              <input
                type="password"
                autocomplete="new-password"
                value={form.password}
                onInput={(event) => setForm({ ...form, password: event.currentTarget.value })}
              />
            </label>
            <p>
              <button type="submit" disabled={action.busy}>
                {say(WORDS.addButton, language)}
              </button>
            </p>
          </form>
        </>
      )}
      {!admin && <Status loading={false} error={action.error} />}
      {adminSomewhere(me) && (
        <form class="panel data-form" onSubmit={createWorkspace} aria-labelledby="create-workspace">
          <h2 id="create-workspace">{say(WORDS.workspaces, language)}</h2>
          <p class="note">{say(WORDS.workspacesHelp, language)}</p>
          <label>
            {say(WORDS.workspaceName, language)}
            <input type="text" required maxLength={64} value={workspaceName} onInput={(event) => setWorkspaceName(event.currentTarget.value)} />
          </label>
          <p>
            <button type="submit" disabled={action.busy}>
              {say(WORDS.create, language)}
            </button>
          </p>
        </form>
      )}
    </>
  );
}
