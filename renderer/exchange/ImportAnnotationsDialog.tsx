import { useState } from 'react';
import type { ImportedSet } from '../../core/api/contract';
import { IMPORT_FORMAT_NAMES, type ImportFormatName } from '../../core/formats/catalogue';
import { glossApi } from '../api/gloss';
import { ModalDialog } from '../dialogs/ModalDialog';
import { FormatChoice } from './FormatChoice';
import './exchange.css';

const FILES_TO_PICK: Record<ImportFormatName, string> = {
  gloss: 'a Gloss export (.json)',
  w3c: 'a W3C Web Annotation collection (.json, .jsonld)',
  brat: 'the folders holding the .ann and .txt files (an .ann whose text is not in the workspace brings its .txt in)',
  qdpx: 'a REFI-QDA project (.qdpx)',
  webanno: 'WebAnno TSV files or the folders holding them (.tsv; a file whose text is not in the workspace brings its text in)',
  labelstudio: 'a Label Studio JSON export of text tasks (.json; annotations and predictions each become a set)',
  doccano: 'a doccano JSONL export (.jsonl; a line whose text is not in the workspace brings its text in)',
};

/** A set name not among `taken`: "imported", else "imported 2", "imported 3"… */
function freeSetName(taken: readonly string[], stem = 'imported'): string {
  let name = stem;
  for (let n = 2; taken.includes(name); n++) name = `${stem} ${n}`;
  return name;
}

/**
 * Imports a colleague's annotations as a new set: pick the format and the
 * set's name, then the files in a native dialog. All or nothing: when any
 * annotation cannot be placed, every problem is listed and nothing changes.
 */
export function ImportAnnotationsDialog(props: {
  sets: readonly string[];
  /** Saves what is still pending, so the import adds to what is on screen. */
  beforeImport: () => Promise<void>;
  onImported: (imported: ImportedSet) => void;
  onClose: () => void;
}) {
  const { sets, beforeImport, onImported, onClose } = props;
  const [format, setFormat] = useState<ImportFormatName>('gloss');
  // Until the analyst types a name, the suggestion follows the sets as they arrive.
  const [typed, setTyped] = useState<string | null>(null);
  const set = typed ?? freeSetName(sets);
  const [failure, setFailure] = useState<{ message: string; problems: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const name = set.trim();
  const problem = name === '' ? 'Name the new set.' : sets.includes(name) ? `The set “${name}” exists already: choose another name.` : null;

  const run = async () => {
    setBusy(true);
    setFailure(null);
    await beforeImport();
    const result = await glossApi().importAnnotations({ format, set: name });
    setBusy(false);
    if (!result.ok) setFailure({ message: result.error.message, problems: result.error.problems ?? [] });
    else if (result.value.imported) {
      onImported(result.value.imported);
      onClose();
    }
  };

  return (
    <ModalDialog
      title="Import annotations"
      className="exchange-dialog"
      onClose={onClose}
      problems={
        problem || failure ? (
          <div role="alert">
            {problem ?? failure?.message}
            {failure && failure.problems.length > 0 ? (
              <ul aria-label="Import problems">
                {failure.problems.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null
      }
      confirm={{ label: busy ? 'Importing…' : 'Choose files…', disabled: problem !== null || busy, onClick: () => void run() }}
    >
      <div className="exchange-body">
        <FormatChoice formats={IMPORT_FORMAT_NAMES} value={format} onChange={setFormat} />
        <div className="exchange-column">
          <label className="exchange-set">
            New set
            <input type="text" value={set} maxLength={200} onChange={(event) => setTyped(event.target.value)} />
          </label>
          <p className="exchange-hint">
            Next, pick {FILES_TO_PICK[format]}. Unknown types and fields join the schema; nothing already in the workspace is
            changed.
          </p>
        </div>
      </div>
    </ModalDialog>
  );
}
