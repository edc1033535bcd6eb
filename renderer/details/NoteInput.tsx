import { useId } from 'react';
import { useDraft } from './use-draft';

/** The annotation's free-text note; Ctrl/Cmd+Enter or leaving the box saves it. */
export function NoteInput(props: { note: string; disabled: boolean; onCommit: (note: string) => void }) {
  const id = useId();
  const { draft, setDraft, commit, revert } = useDraft(props.note, props.onCommit);
  return (
    <div className="details-field">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        rows={3}
        value={draft}
        disabled={props.disabled}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commit();
          else if (event.key === 'Escape') revert();
        }}
      />
    </div>
  );
}
