import type { InputHTMLAttributes } from 'react';
import { useDraft } from './use-draft';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange' | 'onBlur'> & {
  committed: string;
  onCommit: (text: string) => void;
};

/** A text input that commits on Enter or blur; Escape puts the committed text back. */
export function CommitOnBlurInput({ committed, onCommit, onKeyDown, ...rest }: Props) {
  const { draft, setDraft, commit, revert } = useDraft(committed, onCommit);
  return (
    <input
      {...rest}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        else if (event.key === 'Escape') revert();
        onKeyDown?.(event);
      }}
    />
  );
}
