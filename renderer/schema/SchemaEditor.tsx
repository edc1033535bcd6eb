import { useState } from 'react';
import type { LabelType } from '../../core/model/label-types';
import { glossApi } from '../api/gloss';
import { ModalDialog, ProblemList } from '../dialogs/ModalDialog';
import { newType, schemaProblems, withIdsFromNames } from './schema-draft';
import { typeTint } from './type-tint';
import { TypeEditor } from './TypeEditor';
import './schema.css';

/**
 * The label schema as a modal dialog: edit a draft copy of the types, then
 * save it to the workspace. Types can be added, renamed and recoloured but
 * not deleted, and removed fields only leave the schema: annotation data is
 * never touched by a schema change.
 */
export function SchemaEditor(props: {
  types: readonly LabelType[];
  onSaved: (types: readonly LabelType[]) => void;
  onClose: () => void;
}) {
  const { types, onSaved, onClose } = props;
  const [draft, setDraft] = useState<readonly LabelType[]>(types);
  const [chosenId, setChosenId] = useState(types[0]?.id ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = draft.find((type) => type.id === chosenId);
  const problems = schemaProblems(draft);

  const save = async () => {
    setSaving(true);
    const result = await glossApi().saveSchema({ types: withIdsFromNames(draft, types) });
    setSaving(false);
    if (!result.ok) {
      setFailure(result.error.message);
      return;
    }
    onSaved(result.value.types);
    onClose();
  };

  return (
    <ModalDialog
      title="Label schema"
      className="schema-editor"
      onClose={onClose}
      problems={<ProblemList problems={[...problems, ...(failure ? [failure] : [])]} />}
      confirm={{ label: 'Save schema', disabled: problems.length > 0 || saving, onClick: () => void save() }}
    >
      <div className="schema-editor-body">
        <nav aria-label="Label types">
          <ul className="schema-type-list">
            {draft.map((type) => (
              <li key={type.id}>
                <button type="button" aria-current={type.id === chosenId} onClick={() => setChosenId(type.id)}>
                  <span className="swatch" style={typeTint(type)} aria-hidden />
                  {type.name || '(unnamed)'}
                  {type.shortcut ? <kbd>{type.shortcut.toUpperCase()}</kbd> : null}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => {
              const added = newType(draft);
              setDraft([...draft, added]);
              setChosenId(added.id);
            }}
          >
            Add type
          </button>
        </nav>
        {chosen ? (
          <TypeEditor
            key={chosen.id}
            type={chosen}
            types={draft}
            onChange={(changed) => setDraft(draft.map((type) => (type.id === changed.id ? changed : type)))}
          />
        ) : null}
      </div>
    </ModalDialog>
  );
}
