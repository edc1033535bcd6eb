import { useState } from 'react';
import type { AgreementReport, PairRow } from '../../core/agreement/agreement-report';
import { figure } from '../../core/agreement/agreement-tables';
import type { LabelType } from '../../core/model/label-types';

const shown = (value: number | null | undefined) => figure(value, '—');

/** What the matrix shows: span F1 either way, or one field's κ. */
type Measure = 'f1Overlap' | 'f1Exact' | `kappa:${string}`;

function cellOf(pairs: readonly PairRow[], type: string, measure: Measure, a: string, b: string): PairRow | undefined {
  const field = measure.startsWith('kappa:') ? measure.slice('kappa:'.length) : undefined;
  return pairs.find((row) => row.type === type && row.field === field && ((row.a === a && row.b === b) || (row.a === b && row.b === a)));
}

function valueOf(row: PairRow | undefined, measure: Measure): string {
  if (!row) return '';
  const value = measure === 'f1Overlap' ? row.f1Overlap : measure === 'f1Exact' ? row.f1Exact : row.kappa;
  return `${shown(value)} (${row.units})`;
}

/** One column head per set, as both tables name their set columns. */
function SetHeads(props: { sets: readonly string[] }) {
  return props.sets.map((set) => (
    <th key={set} scope="col">
      {set}
    </th>
  ));
}

/** The figures over all sets, per type and field. */
function Overall(props: { report: AgreementReport; names: ReadonlyMap<string, LabelType> }) {
  const { report, names } = props;
  return (
    <table className="agreement-table" aria-label="Agreement over all sets">
      <thead>
        <tr>
          <th scope="col">Type / field</th>
          <th scope="col">F1 exact</th>
          <th scope="col">F1 overlap</th>
          <th scope="col">αu (units)</th>
          <th scope="col">κ (units)</th>
          <th scope="col">α (units)</th>
        </tr>
      </thead>
      <tbody>
        {report.overall.types.flatMap((type) => {
          const label = names.get(type.type);
          return [
            <tr key={type.type} className="agreement-type-row">
              <th scope="row">{label?.name ?? type.type}</th>
              <td>{shown(type.f1Exact)}</td>
              <td>{shown(type.f1Overlap)}</td>
              <td>
                {shown(type.alphaU)} ({type.alphaUUnits})
              </td>
              <td />
              <td />
            </tr>,
            ...type.fields
              .filter((field) => field.alphaUnits > 0 || field.kappaUnits > 0)
              .map((field) => (
                <tr key={`${type.type}.${field.field}`}>
                  <th scope="row" className="agreement-field">
                    {label?.fields.find((f) => f.id === field.field)?.name ?? field.field}
                  </th>
                  <td />
                  <td />
                  <td />
                  <td>
                    {shown(field.kappa)} ({field.kappaUnits}) {field.kappaKind === 'cohen' ? 'Cohen' : 'Fleiss'}
                  </td>
                  <td>
                    {shown(field.alpha)} ({field.alphaUnits})
                  </td>
                </tr>
              )),
          ];
        })}
      </tbody>
    </table>
  );
}

/**
 * What agreement found: the figures over all sets, a pairwise matrix for one
 * type and measure, and that type's figures document by document. Every
 * figure shows the units behind it; a dash where there is nothing to measure.
 */
export function AgreementResults(props: { report: AgreementReport; types: readonly LabelType[] }) {
  const { report } = props;
  const names = new Map(props.types.map((type) => [type.id, type]));
  const measured = report.overall.types.map((type) => type.type);
  const [chosenType, setType] = useState(measured[0] ?? '');
  const type = measured.includes(chosenType) ? chosenType : (measured[0] ?? '');
  const [chosenMeasure, setMeasure] = useState<Measure>('f1Overlap');
  const fields = names.get(type)?.fields ?? [];
  // A field's κ chosen for another type falls back to F1 by overlap.
  const measure = chosenMeasure.startsWith('kappa:') && !fields.some((f) => `kappa:${f.id}` === chosenMeasure) ? 'f1Overlap' : chosenMeasure;
  const sets = report.overall.sets;
  return (
    <div className="agreement-results">
      <h3>Over all sets</h3>
      <Overall report={report} names={names} />
      <div className="agreement-choice">
        <label>
          Type{' '}
          <select value={type} onChange={(event) => setType(event.target.value)}>
            {measured.map((id) => (
              <option key={id} value={id}>
                {names.get(id)?.name ?? id}
              </option>
            ))}
          </select>
        </label>
        <label>
          Measure{' '}
          <select value={measure} onChange={(event) => setMeasure(event.target.value as Measure)}>
            <option value="f1Overlap">F1 by overlap</option>
            <option value="f1Exact">F1 exact</option>
            {fields.map((field) => (
              <option key={field.id} value={`kappa:${field.id}`}>
                κ of {field.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h3>Set by set</h3>
      <table className="agreement-table agreement-matrix" aria-label="Agreement set by set">
        <thead>
          <tr>
            <th scope="col" />
            <SetHeads sets={sets} />
          </tr>
        </thead>
        <tbody>
          {sets.map((a) => (
            <tr key={a}>
              <th scope="row">{a}</th>
              {sets.map((b) => (
                <td key={b}>{a === b ? '' : valueOf(cellOf(report.pairs, type, measure, a, b), measure)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Document by document</h3>
      <table className="agreement-table" aria-label="Agreement document by document">
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">F1 exact</th>
            <th scope="col">F1 overlap</th>
            <th scope="col">αu</th>
            <SetHeads sets={sets} />
          </tr>
        </thead>
        <tbody>
          {report.documents
            .filter((row) => row.type === type)
            .map((row) => (
              <tr key={row.document}>
                <th scope="row">{row.title}</th>
                <td>{shown(row.f1Exact)}</td>
                <td>{shown(row.f1Overlap)}</td>
                <td>{shown(row.alphaU)}</td>
                {sets.map((set) => (
                  <td key={set}>{row.annotations[set] ?? 0}</td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
