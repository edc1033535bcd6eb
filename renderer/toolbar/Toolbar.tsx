import type { ReactNode } from 'react';
import type { LabelType } from '../../core/model/label-types';
import type { SaveStatus } from '../annotations/autosaver';
import { typeTint } from '../schema/type-tint';

function saveLabel(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'failed':
      // The services' save errors say "Not saved: <reason>" themselves; anything else (the API failing) gets it here.
      return /^not saved:/i.test(status.message) ? status.message : `Not saved: ${status.message}`;
  }
}

export function Toolbar(props: {
  workspaceName: string;
  types: readonly LabelType[];
  canTag: boolean;
  saveStatus: SaveStatus;
  onTag: (typeId: string) => void;
  /** Further actions, such as editing the schema, shown after the tag buttons. */
  children?: ReactNode;
}) {
  const { workspaceName, types, canTag, saveStatus, onTag, children } = props;
  return (
    <header className="toolbar">
      <h1 className="toolbar-title">
        <span className="app-name">Gloss</span>
        <span className="workspace-name">{workspaceName}</span>
      </h1>
      <div className="toolbar-tags" role="toolbar" aria-label="Tag the selection">
        {types.map((type) => (
          <button
            key={type.id}
            type="button"
            className={`tag-button tag-${type.id}`}
            disabled={!canTag}
            // Keep the article selection: a button press must not take focus from it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onTag(type.id)}
            title={type.shortcut ? `Tag the selection as ${type.name} (${type.shortcut.toUpperCase()})` : undefined}
            aria-keyshortcuts={type.shortcut}
          >
            <span className="swatch" style={typeTint(type)} aria-hidden />
            {type.name}
          </button>
        ))}
      </div>
      <div className="toolbar-actions">{children}</div>
      <div className={`save-status save-${saveStatus.kind}`} role="status" aria-live="polite">
        {saveLabel(saveStatus)}
      </div>
    </header>
  );
}
