import { useState } from 'react';
import type { DocumentSummary } from '../../core/api/contract';
import { EXPORT_FORMAT_NAMES, type ExportFormatName } from '../../core/formats/catalogue';
import { lossWarning } from '../../core/formats/losses';
import type { LabelType } from '../../core/model/label-types';
import { glossApi } from '../api/gloss';
import { ModalDialog, ProblemList } from '../dialogs/ModalDialog';
import { counted } from '../notices/counted';
import { ChoiceList, useChecklist } from './ChoiceList';
import { FormatChoice } from './FormatChoice';
import { LossWarning } from './LossWarning';
import './exchange.css';
import { SetSelect } from '../sets/SetSelect';

type Scope = 'all' | 'open' | 'done' | 'chosen';

function scopedIds(scope: Scope, documents: readonly DocumentSummary[], openId: string | null, chosen: ReadonlySet<string>): string[] {
  switch (scope) {
    case 'all':
      return documents.map((doc) => doc.id);
    case 'open':
      return openId ? [openId] : [];
    case 'done':
      return documents.filter((doc) => doc.status === 'done').map((doc) => doc.id);
    case 'chosen':
      return documents.filter((doc) => chosen.has(doc.id)).map((doc) => doc.id);
  }
}

/**
 * Chooses what to export (format, documents, types, set); the services then
 * ask where to write it in a native dialog.
 */
export function ExportDialog(props: {
  documents: readonly DocumentSummary[];
  openId: string | null;
  types: readonly LabelType[];
  /** Sets the analyst knows of: their own and those of the open document. */
  sets: readonly string[];
  /** Saves what is still pending, so the export holds every change. */
  beforeExport: () => Promise<void>;
  onExported: (message: string) => void;
  onClose: () => void;
}) {
  const { documents, openId, types, sets, beforeExport, onExported, onClose } = props;
  const [format, setFormat] = useState<ExportFormatName>('gloss');
  const [scope, setScope] = useState<Scope>('all');
  const chosenDocs = useChecklist(openId ? [openId] : []);
  const chosenTypes = useChecklist(types.map((type) => type.id));
  const [set, setSet] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = scopedIds(scope, documents, openId, chosenDocs.checked);
  const typeIds = types.map((type) => type.id).filter((id) => chosenTypes.checked.has(id));
  const problem = ids.length === 0 ? 'Choose at least one document.' : typeIds.length === 0 ? 'Choose at least one type.' : null;

  const run = async () => {
    setBusy(true);
    setFailure(null);
    await beforeExport();
    const result = await glossApi().exportAnnotations({
      format,
      ...(scope === 'all' ? {} : { documentIds: ids }),
      ...(typeIds.length === types.length ? {} : { types: typeIds }),
      ...(set ? { set } : {}),
    });
    setBusy(false);
    if (!result.ok) setFailure(result.error.message);
    else if (result.value.exported) {
      const { annotations, documents: count, path, problems } = result.value.exported;
      const salvaged = problems.length > 0 ? `. Damaged files, exported as far as they could be read: ${problems.join('; ')}` : '';
      onExported(`Exported ${counted(annotations, 'annotation')} from ${counted(count, 'document')} to ${path}${salvaged}`);
      onClose();
    }
  };

  return (
    <ModalDialog
      title="Export annotations"
      className="exchange-dialog"
      onClose={onClose}
      problems={<ProblemList problems={[problem, failure].filter((text) => text !== null)} />}
      confirm={{ label: busy ? 'Exporting…' : 'Export…', disabled: problem !== null || busy, onClick: () => void run() }}
    >
      <div className="exchange-body">
        <FormatChoice formats={EXPORT_FORMAT_NAMES} value={format} onChange={setFormat} />
        <div className="exchange-column">
          {/* Beside the formats rather than under them, so it is in view at 1024x700 and the radio buttons never move. */}
          <LossWarning warning={lossWarning(format, types.filter((type) => chosenTypes.checked.has(type.id)))} />
          <fieldset>
            <legend>Documents</legend>
            <label>
              <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
              All {documents.length} documents
            </label>
            <label>
              <input type="radio" name="export-scope" checked={scope === 'open'} disabled={!openId} onChange={() => setScope('open')} />
              The open document
            </label>
            <label>
              <input type="radio" name="export-scope" checked={scope === 'done'} onChange={() => setScope('done')} />
              Documents marked done ({documents.filter((doc) => doc.status === 'done').length})
            </label>
            <label>
              <input type="radio" name="export-scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')} />
              Chosen documents…
            </label>
            {scope === 'chosen' ? (
              <ChoiceList label="Documents to export" items={documents.map((doc) => ({ id: doc.id, label: doc.title }))} checklist={chosenDocs} />
            ) : null}
          </fieldset>
          <fieldset>
            <legend>Types</legend>
            <ChoiceList label="Types to export" items={types.map((type) => ({ id: type.id, label: type.name }))} checklist={chosenTypes} />
          </fieldset>
          <label className="exchange-set">
            Set
            <SetSelect value={set} sets={sets} onChange={setSet} />
          </label>
        </div>
      </div>
    </ModalDialog>
  );
}
