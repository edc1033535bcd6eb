import type { QueryRow } from './query-rows';

/** Every mark of a picture stands for some rows of the query's answer, by their place in it. */
type RowRefs = number[];

/** Annotations of one type on one day: one mark on the timeline. */
export interface TimelineMark {
  type: string;
  day: string;
  rows: RowRefs;
}

/**
 * The timeline's marks: each annotation on its day (an event's own date, its
 * article's publication date where it has none, as `row.date` says), one
 * mark per type and day however many fall on it, so ten thousand events
 * paint as a few hundred marks. Rows without any date are left out.
 */
export function timelineMarks(rows: readonly QueryRow[]): TimelineMark[] {
  const marks = new Map<string, TimelineMark>();
  rows.forEach((row, i) => {
    if (row.date === null) return;
    const key = `${row.type}\u0000${row.date}`;
    const mark = marks.get(key);
    if (mark) mark.rows.push(i);
    else marks.set(key, { type: row.type, day: row.date, rows: [i] });
  });
  return [...marks.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

export interface NetworkNode {
  id: string;
  name: string;
  /** Annotations that link to it. */
  count: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Annotations that link to both: who is quoted about whom, who claims about whom, who acts with whom. */
  rows: RowRefs;
}

/**
 * The entities the answer's annotations link to, joined wherever one
 * annotation links to two (a quote's speaker and the person its addressee
 * span names, an event's actor and target): each pair once, weighted by how
 * many annotations join them.
 */
export function entityNetwork(rows: readonly QueryRow[]): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  rows.forEach((row, i) => {
    const ids = row.entities.map((entity) => entity.id).sort();
    for (const entity of row.entities) {
      const node = nodes.get(entity.id);
      if (node) node.count++;
      else nodes.set(entity.id, { id: entity.id, name: entity.name, count: 1 });
    }
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const [source, target] = [ids[a] as string, ids[b] as string];
        const key = `${source}\u0000${target}`;
        const edge = edges.get(key);
        if (edge) edge.rows.push(i);
        else edges.set(key, { source, target, rows: [i] });
      }
    }
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** How many annotations of each type fall under one key (an entity, an outlet, a week). */
export interface CountRow {
  key: string;
  total: number;
  byType: Record<string, number>;
}

/** Counts of the rows under each key `keysOf` gives a row, largest first (ties by key). */
export function countBy(rows: readonly QueryRow[], keysOf: (row: QueryRow) => readonly string[]): CountRow[] {
  const counts = new Map<string, CountRow>();
  for (const row of rows) {
    for (const key of keysOf(row)) {
      let count = counts.get(key);
      if (!count) counts.set(key, (count = { key, total: 0, byType: {} }));
      count.total++;
      count.byType[row.type] = (count.byType[row.type] ?? 0) + 1;
    }
  }
  return [...counts.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

/** The Monday (ISO 8601 week) a day falls in, as YYYY-MM-DD. */
export function weekOf(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}
