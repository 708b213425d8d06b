import { parseRole } from '../../services/accounts/accountFields.js';
import { addUser, changePassword, listUsersWithRoles, removeUser, type User } from '../../services/accounts/users.js';
import { askNewPassword } from '../askNewPassword.js';
import { withStore } from '../commonOptions.js';
import { defineCommand, useInstead } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { inLanguage } from '../inLanguage.js';

/**
 * `barometre users add|list|password|remove` (docs/cli.md, docs/accounts.md): the people who sign in,
 * and their role in each workspace. A new user's password comes from BAROMETRE_PASSWORD or
 * is typed without echo, never from a flag.
 */
export const usersCommand = defineCommand({
  name: 'users',
  summary: 'add, list or remove the users who sign in, their roles, and set a new password',
  usage:
    'barometre users add EMAIL --role admin|editor|viewer [--name NAME] [--workspace NAME] | users list | users password EMAIL | users remove EMAIL [--json]',
  french: {
    summary: 'ajouter, lister ou retirer les utilisateurs qui se connectent, leurs rôles, et changer un mot de passe',
    usage:
      'barometre users add EMAIL --role admin|editor|viewer [--name NOM] [--workspace NOM] | users list | users password EMAIL | users remove EMAIL [--json]',
  },
  options: { role: { type: 'string' }, name: { type: 'string' } },
  async run(flags, positionals, output) {
    const [action, email, ...rest] = positionals;
    const say = (en: string, fr: string) => output.stdout.write(`${inLanguage({ en, fr }, output.language)}\n`);
    if (action === 'add' && email !== undefined && rest.length === 0) {
      const role = parseRole(flags.role);
      const ask = output.askNewPassword ?? (() => askNewPassword(output.language));
      const { user, created } = await withStore(flags, output, (store) =>
        addUser(store, { email, role, workspace: flags.workspace, displayName: flags.name, password: ask }),
      );
      if (flags.json)
        output.stdout.write(`${JSON.stringify({ email: user.email, displayName: user.displayName, created, workspace: flags.workspace, role })}\n`);
      else if (created)
        say(`Added ${user.email}, ${role} of workspace ${flags.workspace}.`, `${user.email} ajouté, ${role} de l'espace de travail ${flags.workspace}.`);
      else
        say(`${user.email} is now ${role} of workspace ${flags.workspace}.`, `${user.email} est désormais ${role} de l'espace de travail ${flags.workspace}.`);
      return EXIT_SUCCESS;
    }
    if (action === 'list' && email === undefined) {
      const users = await withStore(flags, output, listUsersWithRoles, { readOnly: true });
      if (flags.json) output.stdout.write(`${JSON.stringify({ users: users.map(shownUser) })}\n`);
      else if (users.length === 0)
        say(
          'No user yet: barometre users add EMAIL --role admin adds one.',
          "Aucun utilisateur pour l'instant : barometre users add EMAIL --role admin en ajoute un.",
        );
      else for (const user of users) output.stdout.write(`${user.email}\t${user.displayName}\t${rolesText(user)}\n`);
      return EXIT_SUCCESS;
    }
    if (action === 'password' && email !== undefined && rest.length === 0) {
      const ask = output.askNewPassword ?? (() => askNewPassword(output.language));
      await withStore(flags, output, (store) => changePassword(store, email, ask));
      if (flags.json) output.stdout.write(`${JSON.stringify({ email, passwordChanged: true })}\n`);
      else say(`${email} has a new password; their sessions are ended.`, `${email} a un nouveau mot de passe ; ses sessions sont terminées.`);
      return EXIT_SUCCESS;
    }
    if (action === 'remove' && email !== undefined && rest.length === 0) {
      await withStore(flags, output, (store) => removeUser(store, email));
      if (flags.json) output.stdout.write(`${JSON.stringify({ removed: email })}\n`);
      else say(`Removed ${email}, their roles and their sessions.`, `${email} retiré, avec ses rôles et ses sessions.`);
      return EXIT_SUCCESS;
    }
    throw useInstead(this);
  },
});

/** A user as `users list --json` prints them. */
function shownUser(user: User) {
  return {
    email: user.email,
    displayName: user.displayName,
    createdAt: user.createdAt,
    workspaces: user.workspaces.map((membership) => ({ workspace: membership.workspace, role: membership.role })),
  };
}

/** `shop (admin), demo (viewer)`, or `-` for a user with no workspace. */
function rolesText(user: User): string {
  if (user.workspaces.length === 0) return '-';
  return user.workspaces.map((membership) => `${membership.workspace} (${membership.role})`).join(', ');
}
