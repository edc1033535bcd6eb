import { useEffect, useState } from 'react';
import { glossApi } from '../api/gloss';
import { MAX_DROP_BYTES, readAsBase64 } from './read-upload';
import './import.css';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Articles dropped anywhere on the window are imported into the open
 * workspace; the outcome arrives as an importFinished event like any import.
 */
export function DropImport({ enabled, onNotice }: { enabled: boolean; onNotice: (message: string) => void }) {
  const [hovering, setHovering] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setHovering(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setHovering(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setHovering(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      const tooLarge = files.filter((file) => file.size > MAX_DROP_BYTES);
      if (tooLarge.length > 0) onNotice(`Skipped, larger than 20 MB: ${tooLarge.map((file) => file.name).join(', ')}`);
      const wanted = files.filter((file) => file.size <= MAX_DROP_BYTES);
      if (wanted.length === 0) return;
      void Promise.all(wanted.map(async (file) => ({ name: file.name, base64: await readAsBase64(file) })))
        .then((uploads) => glossApi().importUploads({ files: uploads }))
        .then((result) => {
          if (!result.ok) onNotice(result.error.message);
        });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [enabled, onNotice]);

  return hovering ? (
    <div className="drop-overlay" aria-hidden>
      <p>Drop articles to import them</p>
    </div>
  ) : null;
}
