import { useState } from 'react';
import { glossApi } from '../api/gloss';
import { ModalDialog, ProblemList } from '../dialogs/ModalDialog';
import { counted } from '../notices/counted';

/** What is offered when an analyst first gives their name: the work done so far as "default", and the name. */
export interface Adoption {
  from: string;
  to: string;
  annotations: number;
}

/**
 * Asked when the analyst names themselves for the first time while the
 * workspace holds work in "default": that work is theirs, and moves into the
 * set of their name unless they say it is not.
 */
export function AdoptSetDialog(props: {
  adoption: Adoption;
  /** Saves what is pending first, so every annotation of the open document moves. */
  beforeRename: () => Promise<void>;
  onRenamed: (message: string) => void;
  onClose: () => void;
}) {
  const { adoption, beforeRename, onRenamed, onClose } = props;
  const { from, to, annotations } = adoption;
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const adopt = async () => {
    setBusy(true);
    await beforeRename();
    const result = await glossApi().renameAnnotationSet({ from, to });
    setBusy(false);
    if (!result.ok) return setProblems([result.error.message, ...(result.error.problems ?? [])]);
    onRenamed(`${counted(result.value.annotations, 'annotation')} moved from “${from}” into your set, “${to}”.`);
    onClose();
  };

  return (
    <ModalDialog
      title={`Are the annotations in “${from}” yours?`}
      className="adopt-set-dialog"
      onClose={onClose}
      problems={<ProblemList problems={problems} />}
      confirm={{ label: busy ? 'Moving…' : `Make them ${to}’s`, disabled: busy, onClick: () => void adopt() }}
    >
      <p className="remove-set-text">
        {counted(annotations, 'annotation')} in this workspace were made in “{from}”, before a name was given. Move them into “{to}”,
        where your new annotations go? Cancel leaves them in “{from}”, shown as another set.
      </p>
    </ModalDialog>
  );
}
