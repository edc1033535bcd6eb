import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { glossApi } from '../api/gloss';
import type { StoredAnnotation } from '../../core/model/annotation';
import { setStyleIndex, setsOf } from './set-styles';
import { toggled } from './toggled';

const withoutHidden = (annotations: readonly StoredAnnotation[], hidden: ReadonlySet<string>) =>
  hidden.size === 0 ? annotations : annotations.filter((annotation) => !hidden.has(annotation.set));

/**
 * Which annotation sets are shown. `current` is the state the reader paints
 * (it must follow a keystroke at once); `listed` is the deferred copy the
 * sidebar and the set chips follow. What the analyst hides is remembered per
 * workspace (`saved`: the workspace's folder and the sets hidden there).
 */
export function useSets(
  current: readonly StoredAnnotation[],
  listed: readonly StoredAnnotation[],
  own: string,
  saved: { workspace: string | undefined; hidden: readonly string[] },
) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(saved.hidden));
  // Another workspace was opened: its own hidden sets (state adjusted while rendering, as React advises for a changed prop).
  const [workspace, setWorkspace] = useState(saved.workspace);
  if (workspace !== saved.workspace) {
    setWorkspace(saved.workspace);
    setHidden(new Set(saved.hidden));
  }
  // Only the analyst's own changes are written back, not what was read.
  const changedByHand = useRef(false);
  const toggle = useCallback((set: string) => {
    changedByHand.current = true;
    setHidden((now) => toggled(now, set));
  }, []);
  const show = useCallback((set: string) => {
    changedByHand.current = true;
    setHidden((now) => (now.has(set) ? new Set([...now].filter((s) => s !== set)) : now));
  }, []);
  useEffect(() => {
    if (!changedByHand.current) return;
    changedByHand.current = false;
    void glossApi().setHiddenSets({ sets: [...hidden] });
  }, [hidden]);
  const visible = useMemo(() => withoutHidden(current, hidden), [current, hidden]);
  const listedVisible = useMemo(() => withoutHidden(listed, hidden), [listed, hidden]);
  // The same array while the sets stay the same, so the reader repaints nothing when only annotations change.
  const found = setsOf(listed, own);
  const [kept, setKept] = useState<readonly string[]>(found);
  const same = found.length === kept.length && found.every((set, i) => set === kept[i]);
  if (!same) setKept(found);
  const known = same ? kept : found;
  const styles = useMemo(() => setStyleIndex(known, own), [known, own]);
  const counts = useMemo(() => {
    const bySet = new Map<string, number>();
    for (const annotation of listed) bySet.set(annotation.set, (bySet.get(annotation.set) ?? 0) + 1);
    return bySet;
  }, [listed]);
  return { hidden, toggle, show, visible, listedVisible, known, styles, counts };
}
