import { describeValue } from '../../core/fields/field-values';
import type { FieldValue } from '../../core/model/annotation';

/**
 * Values kept for fields the schema no longer has: shown read-only so the
 * analyst sees them, and kept in the file in case the field comes back.
 */
export function RemovedFields(props: { values: readonly [string, FieldValue][] }) {
  if (props.values.length === 0) return null;
  return (
    <section className="removed-fields" aria-label="Removed fields">
      <h3>Removed fields</h3>
      <dl>
        {props.values.map(([id, value]) => (
          <div key={id}>
            <dt>
              {id} <span className="removed-badge">removed field</span>
            </dt>
            <dd>{describeValue(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
