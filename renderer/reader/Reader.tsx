import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode } from '@lexical/rich-text';
import { useMemo, type ReactNode } from 'react';
import { $buildDocument } from './build-document';
import type { DocumentText } from './document-text';
import type { DomTextMap } from './dom-text-map';
import { TextMapPlugin } from './plugins/TextMapPlugin';
import './reader.css';

const theme = {
  paragraph: 'reader-paragraph',
  heading: { h2: 'reader-heading' },
};

/**
 * The article in a read-only Lexical editor: selectable text, never editable.
 * `onMap` receives the offset map once the text is on screen.
 */
export function Reader(props: { text: DocumentText; onMap: (map: DomTextMap) => void; children: ReactNode }) {
  const { text, onMap, children } = props;
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'gloss-reader',
      editable: false,
      nodes: [HeadingNode],
      theme,
      editorState: () => $buildDocument(text),
      onError: (error: Error) => {
        throw error;
      },
    }),
    [text],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        // Focusable (tabIndex 0) for the keyboard caret (caret/CaretPlugin), yet never editable.
        contentEditable={<ContentEditable className="reader-text" aria-label="Article text" aria-readonly aria-multiline tabIndex={0} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <TextMapPlugin text={text} onMap={onMap} />
      {children}
    </LexicalComposer>
  );
}
