import type { ReactNode } from 'react';
import type { LabelType } from '../../core/model/label-types';
import type { SaveStatus } from '../annotations/autosaver';
import { TypeButtons } from './TypeButtons';

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
      <div className="toolbar-row">
        <h1 className="toolbar-title">
          <span className="app-name">Gloss</span>
          <span className="workspace-name">{workspaceName}</span>
        </h1>
        <TypeButtons types={types} canTag={canTag} onTag={onTag} />
        {/* On the first row, at the end: the types give way to it, and no menu drops over it. */}
        <div className={`save-status save-${saveStatus.kind}`} role="status" aria-live="polite">
          {saveLabel(saveStatus)}
        </div>
      </div>
      <div className="toolbar-actions">{children}</div>
    </header>
  );
}
