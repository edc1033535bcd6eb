import { useState } from 'react';
import { glossApi } from '../api/gloss';
import { ModalDialog, ProblemList } from '../dialogs/ModalDialog';
import { counted } from '../notices/counted';
import { useWorkspaceSets } from './use-workspace-sets';

/**
 * Asks before removing a set from the whole workspace, saying how many
 * annotations go; removal cannot be undone (export the set first to keep it).
 */
export function RemoveSetDialog(props: {
  set: string;
  /** Saves what is pending first, so nothing of the analyst's own is lost. */
  beforeRemove: () => Promise<void>;
  onRemoved: (message: string) => void;
  onClose: () => void;
}) {
  const { set, beforeRemove, onRemoved, onClose } = props;
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const inWorkspace = useWorkspaceSets(true);
  const size = inWorkspace ? (inWorkspace.find((s) => s.name === set)?.annotations ?? 0) : null;

  const remove = async () => {
    setBusy(true);
    await beforeRemove();
    const result = await glossApi().removeAnnotationSet({ set });
    setBusy(false);
    if (!result.ok) {
      setProblems([result.error.message, ...(result.error.problems ?? [])]);
      return;
    }
    onRemoved(`Removed the set “${set}”: ${counted(result.value.annotations, 'annotation')} from ${counted(result.value.documents, 'document')}.`);
    onClose();
  };

  return (
    <ModalDialog
      title={`Remove the set “${set}”?`}
      className="remove-set-dialog"
      onClose={onClose}
      problems={<ProblemList problems={problems} />}
      confirm={{ label: busy ? 'Removing…' : 'Remove set', disabled: busy, onClick: () => void remove() }}
    >
      <p className="remove-set-text">
        {size === null ? 'Counting its annotations…' : `Its ${counted(size, 'annotation')} will be removed from every document of this workspace.`}{' '}
        This cannot be undone: export the set first to keep a copy.
      </p>
    </ModalDialog>
  );
}
