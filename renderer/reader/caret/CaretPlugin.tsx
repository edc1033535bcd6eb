import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { moveCaret, sentenceAround, type CaretStep } from '../../../core/text/caret-moves';
import { SHORTCUTS, type KeyPress } from '../../keys/shortcuts';
import type { DomTextMap } from '../dom-text-map';
import './caret.css';

interface Ends {
  anchor: number;
  focus: number;
}

/** The selection's two ends in code points, when both are in the article. */
function selectionEnds(map: DomTextMap, root: HTMLElement): Ends | null {
  const selection = document.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode || !root.contains(anchorNode) || !root.contains(focusNode)) return null;
  const anchor = map.offsetOf(anchorNode, selection.anchorOffset);
  const focus = map.offsetOf(focusNode, selection.focusOffset);
  return anchor === null || focus === null ? null : { anchor, focus };
}

/** Selects from `anchor` to `focus` (a caret when they are equal). A paragraph's end stays at its end, not the next one's start. */
function select(map: DomTextMap, { anchor, focus }: Ends): void {
  const at = (offset: number) => {
    const range = map.rangeFor(offset, offset);
    return [range.endContainer, range.endOffset] as const;
  };
  document.getSelection()?.setBaseAndExtent(...at(anchor), ...at(focus));
}

/**
 * Where the caret goes when the article gets focus without one: the start of
 * the first paragraph in view, past the headline (the words analysts tag are
 * in the body; the headline is one Ctrl+Up away).
 */
function firstVisibleOffset(map: DomTextMap, root: HTMLElement): number {
  const top = root.closest('.reader-pane')?.getBoundingClientRect().top ?? 0;
  const { blocks } = map.text;
  const inView = blocks.findIndex((_, i) => (map.blockElement(i)?.getBoundingClientRect().bottom ?? 0) > top);
  const from = Math.max(inView, 0);
  const paragraph = blocks.findIndex((block, i) => i >= from && block.kind === 'paragraph');
  return blocks[paragraph >= 0 ? paragraph : from]?.start ?? 0;
}

/** The step a key takes, by our own word and paragraph rules; null for the keys left to the browser's line layout. */
function stepOf(event: KeyPress): [CaretStep, 1 | -1] | null {
  const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
  const direction = forward ? 1 : -1;
  if (SHORTCUTS.caretByWord.matches(event)) return ['word', direction];
  if (SHORTCUTS.caretByParagraph.matches(event)) return ['paragraph', direction];
  if (SHORTCUTS.caretByCharacter.matches(event)) return ['character', direction];
  return null;
}

/** Line moves depend on how the text wrapped, which only the browser knows: `Selection.modify` arguments. */
function lineMove(event: KeyPress): [alter: string, direction: string, granularity: string] | null {
  if (!SHORTCUTS.caretByLine.matches(event)) return null;
  const alter = event.shiftKey ? 'extend' : 'move';
  if (event.key === 'Home' || event.key === 'End') return [alter, event.key === 'End' ? 'forward' : 'backward', 'lineboundary'];
  return [alter, event.key === 'ArrowDown' ? 'forward' : 'backward', 'line'];
}

/**
 * A keyboard caret in the read-only article: it takes focus (Tab, the skip
 * link, F6), shows a caret, and moves it as a word processor would: arrows by
 * character and line, Ctrl (Option on macOS) + arrows by word and paragraph,
 * Home and End to the line's ends, Shift to extend the selection, and `.` to
 * select the sentence. The text itself never changes. Keys the article
 * handles stop here, so they never also act on the window (Shift+Alt+arrows
 * extend by word here, not move a fragment's edge).
 */
export function CaretPlugin(props: { map: DomTextMap | null; locale: string | undefined }) {
  const { map, locale } = props;
  const [editor] = useLexicalComposerContext();
  const [caret, setCaret] = useState<{ left: number; top: number; height: number } | null>(null);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!map || !root) return;
    // Where a line wraps, one offset is both the end of a line and the start of the
    // next: the caret is drawn at the next line's start, as the browser places it,
    // unless End just took it to its line's end.
    let atLineEnd = false;
    const draw = () => {
      const selection = document.getSelection();
      if (document.activeElement !== root || !selection?.isCollapsed || selection.rangeCount === 0 || !root.contains(selection.anchorNode)) {
        setCaret(null);
        return;
      }
      const range = selection.getRangeAt(0);
      const rects = range.getClientRects();
      const rect = rects[atLineEnd ? 0 : rects.length - 1] ?? range.getBoundingClientRect();
      setCaret(rect.height > 0 ? { left: rect.left, top: rect.top, height: rect.height } : null);
    };
    const onFocus = () => {
      if (!selectionEnds(map, root)) {
        const at = firstVisibleOffset(map, root);
        select(map, { anchor: at, focus: at });
      }
      draw();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const ends = selectionEnds(map, root);
      const step = stepOf(event);
      const line = lineMove(event);
      atLineEnd = event.key === 'End';
      if (step && ends) {
        const focus = moveCaret(map.text.index, map.text.blocks, ends.focus, step[0], step[1], locale);
        select(map, { anchor: event.shiftKey ? ends.anchor : focus, focus });
      } else if (line) {
        document.getSelection()?.modify(...line);
      } else if (SHORTCUTS.selectSentence.matches(event) && ends) {
        const sentence = sentenceAround(map.text.index, map.text.blocks, ends.focus, locale);
        if (!sentence) return;
        select(map, { anchor: sentence.start, focus: sentence.end });
      } else return;
      event.preventDefault();
      event.stopPropagation();
    };
    // One signal removes every listener at once.
    const listening = new AbortController();
    const { signal } = listening;
    root.addEventListener('focus', onFocus, { signal });
    root.addEventListener('blur', draw, { signal });
    root.addEventListener('keydown', onKeyDown, { signal });
    document.addEventListener('selectionchange', draw, { signal });
    window.addEventListener('scroll', draw, { signal, capture: true });
    window.addEventListener('resize', draw, { signal });
    return () => listening.abort();
  }, [editor, map, locale]);

  // In the body: inside the reader pane (which contains its paint), `fixed` would count from the pane, not the window.
  return caret ? createPortal(<div className="reader-caret" aria-hidden style={{ left: caret.left, top: caret.top, height: caret.height }} />, document.body) : null;
}
