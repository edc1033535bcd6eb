import { useId, useState } from 'react';
import { MetadataEditSchema, type MetadataEdit } from '../../core/article/document-edits';
import type { DocumentFile, DocumentMetadata } from '../../core/model/document';
import type { ApiResponse } from '../../core/api/contract';
import { glossApi } from '../api/gloss';
import { ModalDialog, ProblemList } from '../dialogs/ModalDialog';

/** A document as the store saved it, with its row in the document list. */
export type EditedDocument = ApiResponse<'editDocument'>;

type FieldKey = keyof MetadataEdit & keyof DocumentMetadata;

/** The fields the dialog edits, in the order an analyst reads them off a page. */
const FIELDS: readonly { key: FieldKey; label: string; hint?: string; type?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'byline', label: 'Byline' },
  { key: 'publishedDate', label: 'Published', hint: 'ISO 8601: 2022-10-27, or 2022-10-27T09:15+04:00 with the time and its UTC offset. Relative dates count from it.' },
  { key: 'source', label: 'Outlet' },
  { key: 'url', label: 'Address (URL)', type: 'url' },
  { key: 'language', label: 'Language', hint: 'A language code such as en, fr, ru or hy: dates are read in it first.' },
];

function initialValues(metadata: DocumentMetadata): Record<FieldKey, string> {
  return Object.fromEntries(FIELDS.map(({ key }) => [key, metadata[key] ?? ''])) as Record<FieldKey, string>;
}

/** What the analyst changed, and only that: an untouched field is left out of the edit. */
function changedValues(metadata: DocumentMetadata, values: Record<FieldKey, string>): Partial<Record<FieldKey, string>> {
  return Object.fromEntries(FIELDS.filter(({ key }) => values[key].trim() !== (metadata[key] ?? '')).map(({ key }) => [key, values[key]]));
}

/**
 * The document's title, byline, publication date, outlet, address and
 * language, as the analyst corrects them. The text is never changed here.
 */
export function DocumentDetailsDialog(props: { document: DocumentFile; onSaved: (edited: EditedDocument) => void; onClose: () => void }) {
  const { document, onSaved, onClose } = props;
  const [values, setValues] = useState(() => initialValues(document.metadata));
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const checked = MetadataEditSchema.safeParse(changedValues(document.metadata, values));
  const invalid = checked.success ? [] : checked.error.issues.map((issue) => `${FIELDS.find((f) => f.key === issue.path[0])?.label ?? 'A field'}: ${issue.message}`);
  const unchanged = checked.success && Object.keys(checked.data).length === 0;

  const save = async () => {
    if (!checked.success) return;
    setBusy(true);
    const result = await glossApi().editDocument({ documentId: document.id, edit: { kind: 'metadata', metadata: checked.data } });
    setBusy(false);
    if (!result.ok) return setProblems([result.error.message]);
    // The caller closes the dialog, or follows it with another question.
    onSaved(result.value);
  };

  return (
    <ModalDialog
      title="Document details"
      className="document-details-dialog"
      onClose={onClose}
      problems={<ProblemList problems={[...invalid, ...problems]} />}
      confirm={{ label: busy ? 'Saving…' : 'Save', disabled: busy || unchanged || invalid.length > 0, onClick: () => void save() }}
    >
      <div className="document-details-fields">
        {FIELDS.map(({ key, label, hint, type }) => (
          <div className="document-details-field" key={key}>
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input
              id={`${id}-${key}`}
              type={type ?? 'text'}
              value={values[key]}
              aria-describedby={hint ? `${id}-${key}-hint` : undefined}
              onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
            />
            {hint ? (
              <p className="field-hint" id={`${id}-${key}-hint`}>
                {hint}
              </p>
            ) : null}
          </div>
        ))}
        {document.metadata.published && document.metadata.published !== document.metadata.publishedDate ? (
          <p className="field-hint">The page printed the date as “{document.metadata.published}”.</p>
        ) : null}
      </div>
    </ModalDialog>
  );
}
