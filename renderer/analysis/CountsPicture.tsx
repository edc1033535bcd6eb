import { scaleLinear } from 'd3-scale';
import { useMemo, useRef, type RefObject } from 'react';
import type { LabelType } from '../../core/model/label-types';
import { countBy, weekOf, type CountRow } from '../../core/query/pictures';
import type { QueryRow } from '../../core/query/query-rows';
import type { Picked } from './PicturePane';
import { useSize } from './use-size';

const BAR = 18;
const GAP = 6;
const LABEL = 170;
const TITLE = 28;
const TOP = 12;
const WEEK_HEIGHT = 140;

interface Chart {
  title: string;
  counts: CountRow[];
  /** The rows behind one bar. */
  rowsOf: (key: string) => number[];
}

/** One bar per key, split by type in the types' colours; a click lists the annotations behind it. */
function Bars(props: { chart: Chart; y: number; width: number; colour: (type: string) => string; onPick: (label: string, rows: number[]) => void }) {
  const { chart, y, width, colour, onPick } = props;
  const x = scaleLinear().domain([0, Math.max(1, ...chart.counts.map((count) => count.total))]).range([0, Math.max(10, width - LABEL - 48)]);
  return (
    <g transform={`translate(0,${y})`}>
      <text className="chart-title" x={8} y={16}>
        {chart.title}
      </text>
      {chart.counts.map((count, i) => {
        let offset = LABEL;
        const shown = count.key.length > 26 ? `${count.key.slice(0, 25)}…` : count.key;
        return (
          // Named by what it shows (its label, then its count), so a voice user can say what they see.
          <g key={count.key} transform={`translate(0,${TITLE + i * (BAR + GAP)})`} className="bar" role="button" tabIndex={0} onClick={() => onPick(count.key, chart.rowsOf(count.key))}>
            <text className="bar-label" x={LABEL - 8} y={BAR / 2} textAnchor="end" dominantBaseline="middle">
              {shown}
            </text>
            {Object.entries(count.byType).map(([type, n]) => {
              const start = offset;
              offset += x(n);
              return <rect key={type} x={start} width={x(n)} height={BAR} fill={colour(type)} />;
            })}
            <text className="bar-value" x={offset + 6} y={BAR / 2} dominantBaseline="middle">
              {count.total}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Columns per week (its Monday), oldest first, split by type. */
function Weeks(props: { counts: CountRow[]; y: number; width: number; colour: (type: string) => string; onPick: (label: string, week: string) => void }) {
  const { counts, y, width, colour, onPick } = props;
  const weeks = [...counts].sort((a, b) => (a.key < b.key ? -1 : 1));
  const h = scaleLinear().domain([0, Math.max(1, ...weeks.map((week) => week.total))]).range([0, WEEK_HEIGHT - 30]);
  const step = weeks.length > 0 ? Math.min(48, (width - 24) / weeks.length) : 0;
  // A date needs about 80 px: every week is labelled only where there is room.
  const labelEvery = Math.max(1, Math.ceil(80 / Math.max(1, step)));
  return (
    <g transform={`translate(0,${y})`}>
      <text className="chart-title" x={8} y={16}>
        Per week
      </text>
      {weeks.map((week, i) => {
        let top = TITLE + WEEK_HEIGHT - 20;
        return (
          <g key={week.key} className="bar" role="button" tabIndex={0} aria-label={`Week of ${week.key}: ${week.total}`} onClick={() => onPick(`Week of ${week.key}`, week.key)}>
            {Object.entries(week.byType).map(([type, n]) => {
              top -= h(n);
              return <rect key={type} x={12 + i * step} y={top} width={Math.max(2, step - 4)} height={h(n)} fill={colour(type)} />;
            })}
            <title>{`Week of ${week.key}: ${week.total}`}</title>
            {i % labelEvery === 0 ? (
              <text className="tick" x={12 + i * step} y={TITLE + WEEK_HEIGHT}>
                {week.key}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

/**
 * Small charts of the query's answer: annotations per entity and type, per
 * outlet, per week (by each annotation's date), one picture to export.
 */
export function CountsPicture(props: { svgRef: RefObject<SVGSVGElement | null>; rows: readonly QueryRow[]; types: readonly LabelType[]; onPick: (picked: Picked) => void }) {
  const { svgRef, rows, types, onPick } = props;
  const frame = useRef<HTMLDivElement>(null);
  const { width } = useSize(frame);
  const colours = new Map(types.map((type) => [type.id, type.color]));
  const colour = (type: string) => colours.get(type) ?? '#888888';
  const charts = useMemo((): Chart[] => {
    const entityKeys = (row: QueryRow) => row.entities.map((entity) => entity.name);
    const outletKeys = (row: QueryRow) => [row.outlet ?? 'no outlet'];
    const rowsWith = (keys: (row: QueryRow) => string[]) => (key: string) => rows.flatMap((row, i) => (keys(row).includes(key) ? [i] : []));
    return [
      { title: 'Per entity', counts: countBy(rows, entityKeys).slice(0, TOP), rowsOf: rowsWith(entityKeys) },
      { title: 'Per outlet', counts: countBy(rows, outletKeys).slice(0, TOP), rowsOf: rowsWith(outletKeys) },
    ];
  }, [rows]);
  const weeks = useMemo(() => countBy(rows, (row) => (row.date ? [weekOf(row.date)] : [])), [rows]);
  const pick = (label: string, indices: readonly number[]) => onPick({ label, rows: indices.map((i) => rows[i]).filter((row) => row !== undefined) });
  const heights = charts.map((chart) => TITLE + chart.counts.length * (BAR + GAP) + 16);
  const weeksAt = heights.reduce((sum, h) => sum + h, 0);
  return (
    <div className="picture counts" ref={frame}>
      <svg ref={svgRef} className="picture-svg" width={width} height={weeksAt + TITLE + WEEK_HEIGHT + 12} role="figure" aria-label="Counts per entity, outlet and week">
        {charts.map((chart, i) => (
          <Bars key={chart.title} chart={chart} y={heights.slice(0, i).reduce((sum, h) => sum + h, 0)} width={width} colour={colour} onPick={pick} />
        ))}
        <Weeks counts={weeks} y={weeksAt} width={width} colour={colour} onPick={(label, week) => pick(label, rows.flatMap((row, i) => (row.date && weekOf(row.date) === week ? [i] : [])))} />
      </svg>
    </div>
  );
}
