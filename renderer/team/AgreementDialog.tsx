import { useEffect, useState } from 'react';
import type { AgreementReport } from '../../core/agreement/agreement-report';
import type { DocumentSummary } from '../../core/api/contract';
import type { LabelType } from '../../core/model/label-types';
import { glossApi } from '../api/gloss';
import { ModalDialog, ProblemList } from '../dialogs/ModalDialog';
import { ChoiceList, useChecklist } from '../exchange/ChoiceList';
import { AgreementResults } from './AgreementResults';
import '../exchange/exchange.css';
import './team.css';

/**
 * The workspace's agreement view: which sets, types and documents to
 * compare, then the figures (AgreementResults). It measures all sets on all
 * types and documents as it opens, and again on "Measure".
 */
export function AgreementDialog(props: {
  documents: readonly DocumentSummary[];
  types: readonly LabelType[];
  onClose: () => void;
}) {
  const { documents, types, onClose } = props;
  const [sets, setSets] = useState<readonly string[] | null>(null);
  const chosenSets = useChecklist([]);
  const chosenTypes = useChecklist(types.map((type) => type.id));
  const chosenDocs = useChecklist(documents.map((doc) => doc.id));
  const [report, setReport] = useState<AgreementReport | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const setIds = (sets ?? []).filter((set) => chosenSets.checked.has(set));
  const typeIds = types.map((type) => type.id).filter((id) => chosenTypes.checked.has(id));
  const docIds = documents.map((doc) => doc.id).filter((id) => chosenDocs.checked.has(id));
  const stop =
    sets !== null && sets.length < 2
      ? 'Agreement needs two sets or more: this workspace has fewer.'
      : setIds.length < 2
        ? 'Choose two sets or more.'
        : typeIds.length === 0
          ? 'Choose at least one type.'
          : docIds.length === 0
            ? 'Choose at least one document.'
            : null;

  const measure = async (choice: { sets: string[]; types: string[]; documentIds: string[] }) => {
    setBusy(true);
    const result = await glossApi().measureAgreement({
      sets: choice.sets,
      ...(choice.types.length === types.length ? {} : { types: choice.types }),
      ...(choice.documentIds.length === documents.length ? {} : { documentIds: choice.documentIds }),
    });
    setBusy(false);
    if (!result.ok) {
      setReport(null);
      setProblems([result.error.message]);
      return;
    }
    const { problems: read, ...measured } = result.value;
    setReport(measured);
    setProblems(read);
  };

  // Lists the sets once, then measures all of them, so the view opens with figures.
  useEffect(() => {
    let live = true;
    void glossApi()
      .listAnnotationSets({})
      .then((listed) => {
        if (!live) return;
        const names = listed.ok ? listed.value.sets.map((set) => set.name) : [];
        setSets(names);
        chosenSets.setAll(names);
        if (names.length >= 2) void measure({ sets: names, types: types.map((t) => t.id), documentIds: documents.map((d) => d.id) });
      });
    return () => {
      live = false;
    };
    // Once, as the view opens: later changes are measured on "Measure".
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <ModalDialog
      title="Agreement"
      className="agreement-dialog"
      onClose={onClose}
      closeLabel="Close"
      problems={<ProblemList problems={[stop, ...problems].filter((text) => text !== null)} />}
      confirm={{ label: busy ? 'Measuring…' : 'Measure', disabled: stop !== null || busy, onClick: () => void measure({ sets: setIds, types: typeIds, documentIds: docIds }) }}
    >
      <div className="team-body">
        <div className="team-filters">
          <fieldset>
            <legend>Sets</legend>
            <ChoiceList label="Sets to compare" items={(sets ?? []).map((set) => ({ id: set, label: set }))} checklist={chosenSets} />
          </fieldset>
          <fieldset>
            <legend>Types</legend>
            <ChoiceList label="Types to compare" items={types.map((type) => ({ id: type.id, label: type.name }))} checklist={chosenTypes} />
          </fieldset>
          <fieldset>
            <legend>Documents</legend>
            <ChoiceList label="Documents to compare" items={documents.map((doc) => ({ id: doc.id, label: doc.title }))} checklist={chosenDocs} />
          </fieldset>
        </div>
        <div className="team-main" aria-busy={busy}>
          {report ? <AgreementResults report={report} types={types} /> : <p className="team-empty">{busy ? 'Measuring…' : 'No figures yet.'}</p>}
        </div>
      </div>
    </ModalDialog>
  );
}
