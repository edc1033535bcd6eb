import { useEffect, useState } from 'react';
import type { EventPayload } from '../../core/api/contract';
import { glossApi } from '../api/gloss';

/** A progress bar while an import runs, from the services' importProgress events. */
export function ImportProgress() {
  const [progress, setProgress] = useState<EventPayload<'importProgress'> | null>(null);
  useEffect(() => {
    const api = glossApi();
    const stops = [api.on('importProgress', setProgress), api.on('importFinished', () => setProgress(null))];
    return () => stops.forEach((stop) => stop());
  }, []);
  if (!progress || progress.done >= progress.total) return null;
  return (
    <div className="import-progress" role="progressbar" aria-label="Importing" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
      Importing {progress.done + 1} of {progress.total}…
      <progress max={progress.total} value={progress.done} />
    </div>
  );
}
