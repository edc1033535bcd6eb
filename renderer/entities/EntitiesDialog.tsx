import { useEffect, useId, useMemo, useState } from 'react';
import type { EntityMention } from '../../core/api/contract';
import { matchEntities } from '../../core/entities/alias-key';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../../core/model/entity';
import type { LabelType } from '../../core/model/label-types';
import { glossApi } from '../api/gloss';
import { ModalDialog, ProblemList } from '../dialogs/ModalDialog';
import { CommitOnBlurInput } from '../details/CommitOnBlurInput';
import { useEntities } from './entities-context';
import { KIND_NAMES } from './entity-kinds';
import './entities.css';
import { addToGroup } from '../../core/grouping';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Every entity of the workspace with its names and the annotations that link
 * to it (click one to open it in its article): rename, add and remove
 * aliases, change the kind, merge another entity into this one, and delete
 * one nothing links to. Entities nothing links to are marked, never hidden.
 */
export function EntitiesDialog(props: {
  types: readonly LabelType[];
  /** Saves the open document's pending changes, so the links counted are the analyst's latest. */
  beforeOpen: () => Promise<void>;
  onOpenAnnotation: (documentId: string, annotationId: string) => void;
  onClose: () => void;
}) {
  const { types, beforeOpen, onOpenAnnotation, onClose } = props;
  const { entities, lookup, readOnly } = useEntities();
  const [mentions, setMentions] = useState<readonly EntityMention[] | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [filter, setFilter] = useState('');
  const [chosenId, setChosenId] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void beforeOpen()
      .then(() => glossApi().listEntityMentions({}))
      .then((result) => {
        if (!live) return;
        if (result.ok) {
          setMentions(result.value.mentions);
          setProblems(result.value.problems);
        } else setProblems([result.error.message]);
      });
    return () => {
      live = false;
    };
  }, [beforeOpen]);

  const byEntity = useMemo(() => {
    const grouped = new Map<string, EntityMention[]>();
    for (const mention of mentions ?? []) {
      const id = lookup.get(mention.entityId)?.id ?? mention.entityId;
      addToGroup(grouped, id, mention);
    }
    return grouped;
  }, [mentions, lookup]);

  const listed = useMemo(
    () => (filter.trim() === '' ? [...entities].sort((a, b) => a.name.localeCompare(b.name)) : matchEntities(entities, filter, entities.length).map((m) => m.entity)),
    [entities, filter],
  );
  const chosen = entities.find((entity) => entity.id === chosenId) ?? listed[0] ?? null;
  const unused = mentions ? entities.filter((entity) => !byEntity.has(entity.id)).length : 0;

  return (
    <ModalDialog
      title="Entities"
      className="entities-dialog"
      problems={<ProblemList problems={readOnly && readOnly !== 'the entities are still loading' ? [readOnly, ...problems] : problems} />}
      confirm={{ label: 'Done', disabled: false, onClick: onClose }}
      onClose={onClose}
    >
      <div className="entities-body">
        <div className="entities-list-pane">
          <input type="text" aria-label="Find an entity by any of its names" placeholder="Find by name or alias…" value={filter} onChange={(event) => setFilter(event.currentTarget.value)} />
          <p className="entity-row-meta entities-count">
            {plural(entities.length, 'entity', 'entities')}
            {unused > 0 ? <span className="entity-unused">, {unused} not linked from any annotation</span> : null}
          </p>
          {entities.length === 0 ? (
            <p className="entities-empty">No entities yet. Type a name in a Speaker, Actor, Claimant or Location field to make one.</p>
          ) : null}
          <ul className="entities-list" aria-label="Entities">
            {listed.map((entity) => {
              const count = byEntity.get(entity.id)?.length ?? 0;
              return (
                <li key={entity.id}>
                  <button type="button" aria-current={entity.id === chosen?.id} onClick={() => setChosenId(entity.id)}>
                    <span className="entity-row-name">{entity.name}</span>
                    <span className={`entity-row-meta${mentions && count === 0 ? ' entity-unused' : ''}`}>
                      {KIND_NAMES[entity.kind]} · {mentions ? (count === 0 ? 'unused' : plural(count, 'link', 'links')) : '…'}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
        {chosen ? (
          <EntityDetail
            key={chosen.id}
            entity={chosen}
            mentions={mentions === null ? null : (byEntity.get(chosen.id) ?? [])}
            types={types}
            onOpenAnnotation={(documentId, annotationId) => {
              onOpenAnnotation(documentId, annotationId);
              onClose();
            }}
            onGone={() => setChosenId(null)}
          />
        ) : (
          <div className="entity-detail" />
        )}
      </div>
    </ModalDialog>
  );
}

function EntityDetail(props: {
  entity: Entity;
  mentions: readonly EntityMention[] | null;
  types: readonly LabelType[];
  onOpenAnnotation: (documentId: string, annotationId: string) => void;
  onGone: () => void;
}) {
  const { entity, mentions, types, onOpenAnnotation, onGone } = props;
  const { entities, readOnly, edit } = useEntities();
  const [alias, setAlias] = useState('');
  const [mergeId, setMergeId] = useState('');
  const [confirmingMerge, setConfirmingMerge] = useState(false);
  const ids = { name: useId(), kind: useId(), alias: useId(), merge: useId() };
  const locked = readOnly !== null;
  const others = entities.filter((other) => other.id !== entity.id).sort((a, b) => a.name.localeCompare(b.name));
  const merging = others.find((other) => other.id === mergeId);
  const typeName = (id: string) => types.find((type) => type.id === id)?.name ?? id;

  const addAlias = async () => {
    if (alias.trim() !== '' && (await edit([{ kind: 'add-alias', id: entity.id, alias }]))) setAlias('');
  };
  const merge = async () => {
    if (merging && (await edit([{ kind: 'merge', keepId: entity.id, mergeId: merging.id }]))) {
      setMergeId('');
      setConfirmingMerge(false);
    }
  };

  return (
    <section className="entity-detail" aria-label={`Entity ${entity.name}`}>
      <div className="entity-detail-row">
        <label htmlFor={ids.name}>Name</label>
        <CommitOnBlurInput
          id={ids.name}
          type="text"
          committed={entity.name}
          disabled={locked}
          onCommit={(name) => void (name.trim() !== '' && edit([{ kind: 'rename', id: entity.id, name }]))}
        />
        <label htmlFor={ids.kind}>Kind</label>
        <select id={ids.kind} value={entity.kind} disabled={locked} onChange={(event) => void edit([{ kind: 'set-kind', id: entity.id, entityKind: event.currentTarget.value as EntityKind }])}>
          {ENTITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_NAMES[kind]}
            </option>
          ))}
        </select>
      </div>

      <h3>Also known as</h3>
      {entity.aliases.length > 0 ? (
        <ul className="entity-aliases" aria-label={`Aliases of ${entity.name}`}>
          {entity.aliases.map((name) => (
            <li key={name}>
              {name}
              <button type="button" aria-label={`Remove alias ${name}`} disabled={locked} onClick={() => void edit([{ kind: 'remove-alias', id: entity.id, alias: name }])}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="entity-row-meta">No aliases yet.</p>
      )}
      <div className="entity-detail-row">
        <input
          id={ids.alias}
          type="text"
          aria-label={`New alias for ${entity.name}`}
          placeholder="Another spelling or title…"
          value={alias}
          disabled={locked}
          onChange={(event) => setAlias(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void addAlias();
          }}
        />
        <button type="button" disabled={locked || alias.trim() === ''} onClick={() => void addAlias()}>
          Add alias
        </button>
      </div>

      <h3>{mentions === null ? 'Linked annotations' : `Linked annotations (${mentions.length})`}</h3>
      {mentions === null ? <p className="entity-row-meta">Counting…</p> : null}
      {mentions && mentions.length === 0 ? (
        <p className="entity-row-meta entity-unused">No annotation links to this entity. Link it, merge it into another, or delete it.</p>
      ) : null}
      {mentions && mentions.length > 0 ? (
        <ul className="entity-mentions">
          {mentions.map((mention) => (
            <li key={`${mention.annotationId}-${mention.field ?? ''}`}>
              <button type="button" onClick={() => onOpenAnnotation(mention.documentId, mention.annotationId)}>
                <span className="entity-mention-where">
                  {typeName(mention.type)} {mention.field ? `(${mention.field})` : '(names it)'} · {mention.documentTitle}
                </span>
                <span className="entity-mention-text">{mention.text}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <h3>Merge</h3>
      <div className="entity-detail-row">
        <label htmlFor={ids.merge}>Merge into {entity.name}:</label>
        <select
          id={ids.merge}
          value={mergeId}
          disabled={locked || others.length === 0}
          onChange={(event) => {
            setMergeId(event.currentTarget.value);
            setConfirmingMerge(false);
          }}
        >
          <option value="">— choose an entity —</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
        {confirmingMerge && merging ? (
          <button type="button" className="primary" onClick={() => void merge()}>
            Merge “{merging.name}” into “{entity.name}”
          </button>
        ) : (
          <button type="button" disabled={!merging} onClick={() => setConfirmingMerge(true)}>
            Merge…
          </button>
        )}
      </div>
      {confirmingMerge && merging ? (
        <p className="entity-row-meta">Every link to “{merging.name}” will mean “{entity.name}”, and its names become aliases. This cannot be undone.</p>
      ) : null}

      <div className="entity-detail-row">
        <button
          type="button"
          disabled={locked || mentions === null || mentions.length > 0}
          title={mentions && mentions.length > 0 ? 'Annotations still link to it' : undefined}
          onClick={() => void edit([{ kind: 'delete', id: entity.id }]).then((deleted) => deleted && onGone())}
        >
          Delete entity
        </button>
      </div>
    </section>
  );
}
