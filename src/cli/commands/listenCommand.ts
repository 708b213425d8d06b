import { UsageError } from '../../errors/errors.js';
import type { Language } from '../../output/language.js';
import { addFeed, type Feed, removeFeed, workspaceFeeds } from '../../services/listening/feeds.js';
import { type FeedFetchOutcome, fetchFeeds } from '../../services/listening/fetchFeeds.js';
import { listeningIntervalMinutes } from '../../services/listening/feedSchedule.js';
import { findWorkspace } from '../../store/workspaces.js';
import type { CliOutput } from '../Command.js';
import { withStore } from '../commonOptions.js';
import { defineCommand, useInstead, usageIn } from '../defineCommand.js';
import { EXIT_FAILURE, EXIT_SUCCESS } from '../exitStatus.js';
import { inLanguage } from '../inLanguage.js';

/**
 * `barometre listen`: the RSS and Atom feeds a workspace listens to (docs/feedback.md, "Social
 * listening"). `add URL --brand NAME [--keywords WORD…] [--own]` adds one, `list` shows them
 * with their last fetch, `remove ID` stops listening (the mentions stay), `fetch [ID]` reads
 * them now and stores the items that name the brand as mentions; exit status 1 when a feed
 * could not be read (the others are read all the same).
 */
export const listenCommand = defineCommand({
  name: 'listen',
  summary: 'follow RSS and Atom feeds: items naming a brand become mentions (add, list, remove, fetch)',
  usage: 'barometre listen add <feed-url> --brand NAME [--keywords WORD…] [--own] | listen list | listen remove ID | listen fetch [ID]',
  french: {
    summary: 'suivre des flux RSS et Atom : les articles qui nomment une marque deviennent des mentions (add, list, remove, fetch)',
    usage: 'barometre listen add <adresse-du-flux> --brand NOM [--keywords MOT…] [--own] | listen list | listen remove ID | listen fetch [ID]',
  },
  options: { brand: { type: 'string' }, keywords: { type: 'string', multiple: true }, own: { type: 'boolean' } },
  async run(flags, positionals, output) {
    const [action, target, ...rest] = positionals;
    const forAdd = flags.brand !== undefined || flags.keywords.length > 0 || flags.own;
    if (action === 'add' && target !== undefined && (rest.length === 0 || flags.keywords.length > 0)) {
      if (flags.brand === undefined) {
        throw new UsageError({
          en: `listen add needs --brand NAME, the brand the feed's items are mentions of: ${this.usage}.`,
          fr: `listen add demande --brand NOM, la marque dont les articles du flux sont des mentions : ${usageIn(this, 'fr')}.`,
        });
      }
      // `--keywords a b c` and `--keywords a,b --keywords c` alike: words after the URL follow --keywords.
      const keywords = [...flags.keywords, ...rest].flatMap((given) => given.split(',')).filter((word) => word.trim() !== '');
      const feed = await withStore(flags, output, async (store) =>
        addFeed(store, (await findWorkspace(store, flags.workspace, { create: true })).id, { url: target, brand: flags.brand, keywords, own: flags.own }),
      );
      output.stdout.write(flags.json ? `${JSON.stringify(feed)}\n` : addedText(feed, output.language));
      return EXIT_SUCCESS;
    }
    if (forAdd) throw useInstead(this);
    if (action === 'list' && target === undefined) {
      const feeds = await withStore(flags, output, async (store) => workspaceFeeds(store, (await findWorkspace(store, flags.workspace)).id), {
        readOnly: true,
      });
      output.stdout.write(flags.json ? `${JSON.stringify({ feeds })}\n` : listText(feeds, flags.workspace, output.language));
      return EXIT_SUCCESS;
    }
    if (action === 'remove' && target !== undefined && rest.length === 0) {
      await withStore(flags, output, async (store) => removeFeed(store, (await findWorkspace(store, flags.workspace)).id, target));
      output.stdout.write(
        flags.json
          ? `${JSON.stringify({ id: target, removed: true })}\n`
          : inLanguage(
              { en: `Feed ${target} removed; the mentions it brought stay.\n`, fr: `Flux ${target} retiré ; les mentions qu’il a apportées restent.\n` },
              output.language,
            ),
      );
      return EXIT_SUCCESS;
    }
    if (action === 'fetch' && rest.length === 0) {
      const outcomes = await withStore(flags, output, async (store) =>
        fetchFeeds(store, (await findWorkspace(store, flags.workspace)).id, target === undefined ? {} : { onlyId: target }),
      );
      writeFetched(outcomes, flags.json, flags.workspace, output);
      return outcomes.some((outcome) => outcome.status === 'failed') ? EXIT_FAILURE : EXIT_SUCCESS;
    }
    throw useInstead(this);
  },
});

/** The sentence saying a feed was added, and how it will be read. */
function addedText(feed: Feed, language: Language): string {
  const minutes = listeningIntervalMinutes();
  const keywords = feed.keywords.join(', ');
  return inLanguage(
    {
      en: `Feed ${feed.id} added: ${feed.url} for ${feed.brand}${feed.own ? ' (own brand)' : ''}${keywords === '' ? '' : ` (keywords: ${keywords})`}.
barometre listen fetch reads it now${minutes === null ? '' : `; barometre serve reads it every ${minutes} minutes`}.\n`,
      fr: `Flux ${feed.id} ajouté : ${feed.url} pour ${feed.brand}${feed.own ? ' (marque propre)' : ''}${keywords === '' ? '' : ` (mots-clés : ${keywords})`}.
barometre listen fetch le lit maintenant${minutes === null ? '' : ` ; barometre serve le lit toutes les ${minutes} minutes`}.\n`,
    },
    language,
  );
}

/** The feeds, one per line: id, brand, URL and how the last fetch went. */
function listText(feeds: readonly Feed[], workspace: string, language: Language): string {
  if (feeds.length === 0) {
    return inLanguage(
      {
        en: `Workspace ${workspace} listens to no feed yet: barometre listen add <feed-url> --brand NAME.\n`,
        fr: `L’espace de travail ${workspace} n’écoute encore aucun flux : barometre listen add <adresse-du-flux> --brand NOM.\n`,
      },
      language,
    );
  }
  return feeds
    .map((feed) => {
      const own = feed.own ? inLanguage({ en: ' (own brand)', fr: ' (marque propre)' }, language) : '';
      const keywords = feed.keywords.length === 0 ? '' : ` + ${feed.keywords.join(', ')}`;
      return `${feed.id}  ${feed.brand}${own}${keywords}  ${feed.url}  ${lastFetchText(feed, language)}\n`;
    })
    .join('');
}

/** How a feed's last fetch went, in a few words. */
function lastFetchText(feed: Feed, language: Language): string {
  if (feed.lastFetchedAt === null) return inLanguage({ en: 'never fetched', fr: 'jamais lu' }, language);
  const outcome =
    feed.lastStatus === 'failed'
      ? inLanguage({ en: `failed: ${feed.lastError ?? ''}`, fr: `échec : ${feed.lastError ?? ''}` }, language)
      : feed.lastStatus === 'not modified'
        ? inLanguage({ en: 'not modified', fr: 'inchangé' }, language)
        : inLanguage({ en: `ok, ${feed.lastAdded ?? 0} new mention(s)`, fr: `ok, ${feed.lastAdded ?? 0} nouvelle(s) mention(s)` }, language);
  return inLanguage({ en: `last fetched ${feed.lastFetchedAt}: ${outcome}`, fr: `dernière lecture ${feed.lastFetchedAt} : ${outcome}` }, language);
}

/** What a fetch found, feed by feed (JSON: `{"feeds": [outcome…]}`), the failures on stderr too. */
function writeFetched(outcomes: readonly FeedFetchOutcome[], json: boolean, workspace: string, output: CliOutput): void {
  const language = output.language;
  if (json) output.stdout.write(`${JSON.stringify({ feeds: outcomes.map(({ errorFr: _, ...outcome }) => outcome) })}\n`);
  else if (outcomes.length === 0) {
    output.stdout.write(
      inLanguage(
        { en: `Workspace ${workspace} listens to no feed: nothing to fetch.\n`, fr: `L’espace de travail ${workspace} n’écoute aucun flux : rien à lire.\n` },
        language,
      ),
    );
  } else {
    for (const outcome of outcomes) {
      const what =
        outcome.status === 'failed'
          ? inLanguage({ en: `failed: ${outcome.error ?? ''}`, fr: `échec : ${outcome.errorFr ?? ''}` }, language)
          : outcome.status === 'not modified'
            ? inLanguage({ en: 'not modified since the last fetch', fr: 'inchangé depuis la dernière lecture' }, language)
            : inLanguage(
                {
                  en: `${outcome.items} item(s), ${outcome.matched} naming the brand, ${outcome.added} new mention(s)`,
                  fr: `${outcome.items} article(s), ${outcome.matched} nommant la marque, ${outcome.added} nouvelle(s) mention(s)`,
                },
                language,
              );
      const feed = `${outcome.id} ${outcome.url} (${outcome.brand})`;
      output.stdout.write(inLanguage({ en: `${feed}: ${what}\n`, fr: `${feed} : ${what}\n` }, language));
    }
  }
  const failed = outcomes.filter((outcome) => outcome.status === 'failed').length;
  if (failed > 0) {
    output.stderr.write(
      inLanguage(
        {
          en: `${failed} of ${outcomes.length} feed(s) could not be read; the others were read.\n`,
          fr: `${failed} flux sur ${outcomes.length} n’ont pas pu être lus ; les autres l’ont été.\n`,
        },
        language,
      ),
    );
  }
}
