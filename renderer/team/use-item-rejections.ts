import { useCallback, useEffect, useState } from 'react';
import { glossApi } from '../api/gloss';

const NONE: ReadonlySet<string> = new Set();

/** The rejected items' keys of one document and gold set, as last read or changed here. */
interface Held {
  target: string;
  keys: ReadonlySet<string>;
}

/**
 * The items rejected in the open document for the gold set, kept by the
 * store (adjudication/<document>/<gold>.json) so a restart finds them
 * rejected. Read when the document or gold set changes; each change is shown
 * at once and saved behind it. `loaded` is false until the keys of this
 * document and gold set are in: deciding before then could be overwritten by
 * the read. A read or save that fails is said in `problem`; the decision
 * stays shown for this session.
 */
export function useItemRejections(documentId: string, gold: string) {
  const target = `${documentId}\n${gold}`;
  const [held, setHeld] = useState<Held | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void glossApi()
      .listRejectedItems({ documentId, gold })
      .then((result) => {
        if (!current) return;
        setHeld({ target, keys: new Set(result.ok ? result.value.keys : []) });
        setProblem(result.ok ? null : `Rejections are not saved for this document: ${result.error.message}`);
      });
    return () => {
      current = false;
    };
  }, [documentId, gold, target]);

  const rejected = held?.target === target ? held.keys : NONE;

  /** Rejects (or, `reject` false, reopens) items; keys already so are no change and nothing is written. */
  const change = useCallback(
    (reject: boolean, keys: readonly string[]) => {
      const changed = keys.filter((key) => rejected.has(key) !== reject);
      if (changed.length === 0) return;
      const next = new Set(rejected);
      for (const key of changed) {
        if (reject) next.add(key);
        else next.delete(key);
      }
      setHeld({ target, keys: next });
      const request = { documentId, gold, keys: changed };
      void (reject ? glossApi().rejectItems(request) : glossApi().reopenItems(request)).then((result) => {
        if (!result.ok) setProblem(`${reject ? 'The rejection' : 'The undone rejection'} was not saved (${result.error.message}); it holds until Gloss closes.`);
      });
    },
    [documentId, gold, rejected, target],
  );

  return { rejected, loaded: held?.target === target, change, problem };
}
