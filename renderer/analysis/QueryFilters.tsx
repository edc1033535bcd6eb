import { useId } from 'react';
import type { LabelType } from '../../core/model/label-types';
import type { Query } from '../../core/query/query';
import { namesOf } from '../../core/entities/alias-key';
import { useEntities } from '../entities/entities-context';
import { SetSelect } from '../sets/SetSelect';

/** "key=value" as typed, as the query's one field filter; anything else is no field filter. */
function fieldFilter(typed: string): Query['fields'] {
  const at = typed.indexOf('=');
  if (at <= 0) return undefined;
  return [{ key: typed.slice(0, at).trim(), value: typed.slice(at + 1).trim() }];
}

/** The query without the parts left empty, so what is remembered is only what the analyst set. */
function without(query: Query, key: keyof Query, value: Query[keyof Query] | ''): Query {
  const empty = value === '' || value === undefined || (Array.isArray(value) && value.length === 0);
  const rest = Object.fromEntries(Object.entries(query).filter(([name]) => name !== key));
  return empty ? rest : { ...rest, [key]: value };
}

/** The query view's filters: each change is the new query at once (the view lets typing settle before asking). */
export function QueryFilters(props: { query: Query; types: readonly LabelType[]; sets: readonly string[]; onChange: (query: Query) => void }) {
  const { query, types, sets, onChange } = props;
  const { entities } = useEntities();
  const namesId = useId();
  const set = (key: keyof Query) => (value: Query[keyof Query] | '') => onChange(without(query, key, value));
  const chosen = new Set(query.types ?? []);
  const field = query.fields?.[0];
  return (
    <form className="query-filters" role="search" aria-label="Query" onSubmit={(event) => event.preventDefault()}>
      <input type="search" aria-label="Words in the text or note" placeholder="Words in the text or note…" value={query.text ?? ''} onChange={(e) => set('text')(e.target.value)} />
      <fieldset className="query-types">
        <legend>Types</legend>
        {types.map((type) => (
          <label key={type.id}>
            <input
              type="checkbox"
              checked={chosen.has(type.id)}
              onChange={(e) => set('types')(types.map((t) => t.id).filter((id) => (id === type.id ? e.target.checked : chosen.has(id))))}
            />
            {type.name}
          </label>
        ))}
      </fieldset>
      <label>
        Entity
        <input list={namesId} placeholder="a name or alias" value={query.entity ?? ''} onChange={(e) => set('entity')(e.target.value)} />
        <datalist id={namesId}>
          {entities.flatMap((entity) => namesOf(entity).map((name) => <option key={`${entity.id}:${name}`} value={name} />))}
        </datalist>
      </label>
      <label>
        As
        <select value={query.entityRole ?? 'any'} onChange={(e) => set('entityRole')(e.target.value === 'key' ? 'key' : '')}>
          <option value="any">any role</option>
          <option value="key">speaker, actor, claimant</option>
        </select>
      </label>
      <label>
        Field
        <input
          placeholder="key=value, e.g. stance=opposes"
          defaultValue={field ? `${field.key}=${field.value}` : ''}
          onChange={(e) => set('fields')(fieldFilter(e.target.value) ?? '')}
        />
      </label>
      <label>
        Document
        <input placeholder="words of the title" value={query.document ?? ''} onChange={(e) => set('document')(e.target.value)} />
      </label>
      <label>
        Outlet
        <input value={query.outlet ?? ''} onChange={(e) => set('outlet')(e.target.value)} />
      </label>
      <label>
        Set
        <SetSelect value={query.set ?? ''} sets={sets} onChange={set('set')} />
      </label>
      <div className="query-dates">
        <label>
          From
          <input type="date" value={query.from ?? ''} onChange={(e) => set('from')(e.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={query.to ?? ''} onChange={(e) => set('to')(e.target.value)} />
        </label>
        <label>
          By
          <select value={query.dateBasis ?? 'event'} onChange={(e) => set('dateBasis')(e.target.value === 'published' ? 'published' : '')}>
            <option value="event">event date</option>
            <option value="published">publication date</option>
          </select>
        </label>
      </div>
    </form>
  );
}
