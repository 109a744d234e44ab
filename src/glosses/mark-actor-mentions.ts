/**
 * Turns actor marks into mentions with margin glosses.
 *
 * Markdown in, from the answer whose slug is `history`:
 *
 *     Russia opposed [NATO](actor:nato) intervention. [NATO](actor:nato) forces bombed …
 *
 * The first mark of an actor in an answer becomes a mention that points to its gloss; later marks
 * link to the actor's entry. HTML out:
 *
 *     <div class="passage">
 *       <p id="history-1">Russia opposed <a href="#gloss-history-nato" id="mention-history-nato"
 *         class="mention">NATO</a> intervention. <a href="/actors/nato/" class="mention mention--later">NATO</a>
 *         forces bombed …</p>
 *       <aside class="glosses" role="none">
 *         <span class="gloss" id="gloss-history-nato" role="note"><a class="gloss-name" …>NATO</a> …</span>
 *       </aside>
 *     </div>
 *
 * The glosses sit outside the paragraph, so the interviewee's words stay exactly as spoken when
 * a paragraph is copied, read in reader mode or indexed. The link text is never changed.
 */
import type { Element } from 'hast';
import type { Link, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { findUnmarkedNames, paragraphLayout } from './find-unmarked-names';
import { h } from 'hastscript';
import { quoteAround, sentencesOf } from './quote-around';
import type { Actor } from '../actors/actor-schema';
import type { ActorRegistry } from '../actors/read-actors';
import { unknownActor } from '../content-model/unknown-actor';
import { formatMonthYear } from '../site/format-date';

export const ACTOR_PROTOCOL = 'actor:';

export interface MentionOptions {
  registry: ActorRegistry;
  /** The slug of the answer: the prefix of every anchor made here. */
  slug: string;
  /** The URL of an actor's entry, where later mentions and gloss names link. */
  actorHref: (id: string) => string;
  /** A site path an answer links to (`/actors/sco/`), under the base the site is deployed at; as written without it. */
  siteHref?: (path: string) => string;
  /** The entry of the latest correction of an actor's gloss, if it has one: the gloss's date links there. */
  correctionHref?: ((actorId: string) => string | undefined) | undefined;
}

export interface MentionProblem {
  message: string;
  hint: string;
  position: Position | undefined;
}

/** An answer paragraph followed by the glosses of the actors it mentions first. */
export interface Passage {
  type: 'passage';
  children: (Paragraph | GlossAside)[];
  data: { hName: 'div'; hProperties: { className: string[] } };
}

/** The glosses of one paragraph, in the order of their mentions; rendered from hast, it has no mdast children. */
export interface GlossAside {
  type: 'glossAside';
  data: { hName: 'aside'; hProperties: Record<string, string | string[]>; hChildren: Element[] };
}

declare module 'mdast' {
  interface RootContentMap {
    passage: Passage;
    glossAside: GlossAside;
  }
}

/** One actor mark in an answer, in reading order. */
export interface Mention {
  actor: string;
  /** The paragraph it stands in, counted from 1: its anchor is `paragraphId(slug, paragraph)`. */
  paragraph: number;
  /** The interviewee's words that name the actor. */
  text: string;
  /** Whether this is the actor's first mention in the answer, the one with the gloss. */
  glossed: boolean;
  /** Whether the words are marked in the source; if not, they were found by the actor's names. */
  marked: boolean;
  /** The sentence the mention stands in, as the text has it, for quoting it elsewhere; a long one is cut around the mention (`quote-around.ts`). */
  sentence: string;
  /** Where the mention's words start within the sentence. */
  at: number;
}

export interface MarkResult {
  problems: MentionProblem[];
  mentions: Mention[];
}

export const glossId = (slug: string, actorId: string) => `gloss-${slug}-${actorId}`;
export const mentionId = (slug: string, actorId: string) => `mention-${slug}-${actorId}`;
export const paragraphId = (slug: string, index: number) => `${slug}-${index}`;

/** Marks mentions in place and wraps each paragraph with its glosses. Returns what is wrong and what it marked. */
export function markActorMentions(tree: Root, options: MentionOptions): MarkResult {
  const { registry, slug, actorHref } = options;
  const problems: MentionProblem[] = [];
  const mentions: Mention[] = [];
  const glossed = new Set<string>();
  let paragraphCount = 0;

  visit(tree, 'link', (link, _index, parent) => {
    if (options.siteHref && link.url.startsWith('/')) link.url = options.siteHref(link.url);
    const inAnswerParagraph = parent?.type === 'paragraph' && tree.children.includes(parent);
    if (link.url.startsWith(ACTOR_PROTOCOL) && !inAnswerParagraph) {
      problems.push({
        message: 'an actor mention outside a paragraph of the answer',
        hint: 'mark actors only in the running text of the answer',
        position: link.position,
      });
    }
  });

  tree.children = tree.children.map((node): RootContent => {
    if (node.type !== 'paragraph') return node;
    paragraphCount += 1;
    const glosses: Actor[] = [];
    const layout = paragraphLayout(node);
    const sentences = sentencesOf(layout.text);
    // Marked and unmarked mentions of the paragraph, put in reading order before they are listed.
    const here: { offset: number; mention: Mention }[] = findUnmarkedNames(layout, registry).map(
      ({ actor, text, offset }) => ({
        offset,
        mention: {
          actor,
          paragraph: paragraphCount,
          text,
          glossed: false,
          marked: false,
          ...quoteAround(sentences, offset, text.length),
        },
      }),
    );

    visit(node, 'link', (link) => {
      if (!link.url.startsWith(ACTOR_PROTOCOL)) return;
      const actor = resolve(link, registry, problems);
      if (!actor) return;
      const glossedHere = !glossed.has(actor.id);
      const offset = layout.links.get(link)?.start ?? 0;
      const words = toString(link);
      here.push({
        offset,
        mention: {
          actor: actor.id,
          paragraph: paragraphCount,
          text: words,
          glossed: glossedHere,
          marked: true,
          ...quoteAround(sentences, offset, words.length),
        },
      });
      if (!glossedHere) {
        setLinkElement(link, { href: actorHref(actor.id), className: ['mention', 'mention--later'] });
        return;
      }
      glossed.add(actor.id);
      glosses.push(actor);
      // No `aria-describedby`, `data-actor` or number: each is derived where needed (gloss-layout.ts
      // and search-landing.ts read the href, print counts), which keeps a long reading page within
      // its byte budget.
      setLinkElement(link, {
        href: `#${glossId(slug, actor.id)}`,
        id: mentionId(slug, actor.id),
        className: ['mention'],
      });
    });

    mentions.push(...here.sort((a, b) => a.offset - b.offset).map((entry) => entry.mention));
    node.data = { ...node.data, hProperties: { id: paragraphId(slug, paragraphCount) } };
    // One aside, in the order of the mentions: gloss-layout.ts spreads the glosses over both margins
    // where there is room, and print numbers them in this order.
    const aside = glossAside(glosses, options);
    return {
      type: 'passage',
      children: aside ? [node, aside] : [node],
      data: { hName: 'div', hProperties: { className: ['passage'] } },
    };
  });

  return { problems, mentions };
}

function glossAside(glosses: Actor[], options: MentionOptions): GlossAside | undefined {
  if (glosses.length === 0) return undefined;
  return {
    type: 'glossAside',
    data: {
      hName: 'aside',
      // Inside an answer's section an unnamed aside is no landmark; `none` says so to every tool. Reader
      // modes still drop it by its tag, which keeps glosses out of the interview's text there. Search
      // leaves glosses out by their class (src/search/not-indexed.ts).
      hProperties: { className: ['glosses'], role: 'none' },
      hChildren: glosses.map((gloss) => glossElement(gloss, options)),
    },
  };
}

function resolve(link: Link, registry: ActorRegistry, problems: MentionProblem[]): Actor | undefined {
  const id = link.url.slice(ACTOR_PROTOCOL.length);
  const actor = registry.actors.get(id);
  if (actor) return actor;
  problems.push({ ...unknownActor(id, registry), position: link.position });
  return undefined;
}

function setLinkElement(link: Link, properties: Record<string, string | number | string[]>) {
  link.title = null;
  link.data = { ...link.data, hProperties: properties };
}

function glossElement(actor: Actor, { slug, actorHref, correctionHref }: MentionOptions): Element {
  const correction = correctionHref?.(actor.id);
  const asOf = `As of ${formatMonthYear(actor.asOf)}.`;
  return h('span.gloss', { id: glossId(slug, actor.id), role: 'note' }, [
    h('a.gloss-name', { href: actorHref(actor.id) }, actor.name),
    // The gloss's words as bare text: a class on them would cost a long reading page ~80 bytes.
    ` ${actor.gloss} `,
    // Dated; a corrected gloss's date links to the record of its correction.
    correction ? h('a.gloss-asof', { href: correction }, asOf) : h('span.gloss-asof', asOf),
    // No link back to the mention: gloss-layout.ts adds it, which keeps a long reading page within
    // its byte budget. Without JavaScript the browser's Back returns from the gloss to the text.
  ]);
}
