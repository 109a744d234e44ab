/**
 * Attaches editors' notes to the words they are about.
 *
 * A note (`content/notes/states-of-the-states.yaml`) quotes words of one answer. Run after the
 * mentions are marked, on the answer's passages, this finds the quote in the text and turns it and
 * the paragraph into:
 *
 *     <div class="passage">
 *       <p id="history-2">… and of <a class="mention" …><span class="noted" id="noted-states-of-the-states">the
 *         States of the States</span></a> in particular. …</p>
 *       <aside class="glosses …">…</aside>
 *       <div class="editor-notes">
 *         <aside class="editor-note" id="editor-note-states-of-the-states" role="note" aria-label="Editors’ note" …>
 *           <p><span class="editor-note-label">Editors’ note</span> <q>the States of the States</q>: A slip … </p>
 *         </aside>
 *       </div>
 *     </div>
 *
 * The words keep every character; only an element is drawn around them. The note sits outside
 * the paragraph, so copying, reader mode and search see the interviewee's words alone.
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { NOTE_KIND_LABELS, type EditorNote } from '../notes/note-schema';
import { formatMonthYear } from '../site/format-date';
import type { Element } from 'hast';
import { h } from 'hastscript';

export const editorNoteId = (noteId: string) => `editor-note-${noteId}`;
export const notedId = (noteId: string) => `noted-${noteId}`;

/** The words a note is about, drawn round with a `<span>`. */
export interface NotedWords {
  type: 'notedWords';
  children: Text[];
  data: { hName: 'span'; hProperties: { className: string[]; id: string } };
}

/** The notes of one paragraph, after it in its passage: one grid item, however many notes. */
export interface EditorNotes {
  type: 'editorNotes';
  children: EditorNoteAside[];
  data: { hName: 'div'; hProperties: { className: string[] } };
}

/** One note; rendered from hast, it has no mdast children. */
export interface EditorNoteAside {
  type: 'editorNoteAside';
  data: { hName: 'aside'; hProperties: Record<string, string | string[]>; hChildren: Element[] };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    notedWords: NotedWords;
  }
  interface RootContentMap {
    notedWords: NotedWords;
    editorNotes: EditorNotes;
    editorNoteAside: EditorNoteAside;
  }
}

export interface NoteProblem {
  note: EditorNote;
  message: string;
  hint: string;
}

/** Marks the words of each note and places the note after its paragraph. Returns what is wrong. */
export function markEditorNotes(
  tree: Root,
  notes: readonly EditorNote[],
  /** The entry of the latest correction of a note, if it has one: the note's date links there. */
  correctionHref?: (noteId: string) => string | undefined,
): NoteProblem[] {
  const problems: NoteProblem[] = [];
  for (const note of notes) {
    const found: { text: Text; parent: Parent; passage: Parent; at: number }[] = [];
    for (const passage of tree.children) {
      if (passage.type !== 'passage') continue;
      visit(passage.children[0]!, 'text', (text, _index, parent) => {
        for (let at = text.value.indexOf(note.quote); at !== -1; at = text.value.indexOf(note.quote, at + 1)) {
          found.push({ text, parent: parent!, passage, at });
        }
      });
    }
    if (found.length !== 1) {
      problems.push({
        note,
        message:
          found.length === 0
            ? `the quote of note '${note.id}' is not in ${note.answer}`
            : `the quote of note '${note.id}' is in ${note.answer} ${found.length} times`,
        hint:
          found.length === 0
            ? 'copy the words exactly, curly quotes and all; a quote cannot run across the edge of an actor mark'
            : 'quote more words, so that they are found once',
      });
      continue;
    }
    const [{ text, parent, passage, at }] = found as [(typeof found)[number]];
    const pieces: PhrasingContent[] = [
      { type: 'text', value: text.value.slice(0, at) },
      {
        type: 'notedWords',
        children: [{ type: 'text', value: note.quote }],
        data: { hName: 'span', hProperties: { className: ['noted'], id: notedId(note.id) } },
      },
      { type: 'text', value: text.value.slice(at + note.quote.length) },
    ];
    (parent.children as PhrasingContent[]).splice(
      parent.children.indexOf(text),
      1,
      ...pieces.filter((piece) => piece.type !== 'text' || piece.value !== ''),
    );
    noteGroupOf(passage).children.push(noteAside(note, correctionHref?.(note.id)));
  }
  return problems;
}

/** The passage's group of notes, made the first time a note of its paragraph is placed. */
function noteGroupOf(passage: Parent): EditorNotes {
  const existing = passage.children.find((child): child is EditorNotes => child.type === 'editorNotes');
  if (existing) return existing;
  const group: EditorNotes = {
    type: 'editorNotes',
    children: [],
    data: { hName: 'div', hProperties: { className: ['editor-notes'] } },
  };
  passage.children.push(group as never);
  return group;
}

function noteAside(note: EditorNote, correction: string | undefined): EditorNoteAside {
  const sources = note.sources.flatMap((source, index) => [
    ...(index > 0 ? ['; '] : []),
    h('a', { href: source.url }, source.title),
  ]);
  return {
    type: 'editorNoteAside',
    data: {
      hName: 'aside',
      hProperties: {
        className: ['editor-note'],
        id: editorNoteId(note.id),
        role: 'note',
        ariaLabel: `Editors’ note: ${NOTE_KIND_LABELS[note.kind].toLowerCase()}`,
      },
      hChildren: [
        h('p', [
          h('span.editor-note-label', `Editors’ note · ${NOTE_KIND_LABELS[note.kind]}`),
          ' ',
          // A quote that brings its own quotation marks is not given a second pair.
          h(/^[“"‘']/.test(note.quote) ? 'span.editor-note-quote' : 'q.editor-note-quote', note.quote),
          `: ${note.note} `,
          h('span.editor-note-meta', [
            correction
              ? h('a', { href: correction }, `As of ${formatMonthYear(note.asOf)}.`)
              : `As of ${formatMonthYear(note.asOf)}.`,
            ` ${note.sources.length === 1 ? 'Source' : 'Sources'}: `,
            ...sources,
            '.',
          ]),
          ' ',
          h(
            'a.editor-note-back',
            { href: `#${notedId(note.id)}`, ariaLabel: 'Back to the words this note is about' },
            '↩',
          ),
        ]),
      ],
    },
  };
}
