import { scaleUtc } from 'd3-scale';
import { useMemo, useRef, type RefObject } from 'react';
import type { LabelType } from '../../core/model/label-types';
import { timelineMarks } from '../../core/query/pictures';
import type { QueryRow } from '../../core/query/query-rows';
import type { Picked } from './PicturePane';
import { useSize } from './use-size';
import { useZoom } from './use-zoom';

const LANE = 56;
const LEFT = 96;
const AXIS = 28;
const DAY_MS = 86_400_000;

const dayToDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** A day as a briefing writes it ("2 Mar", "16 Mar"), in UTC as the scale counts. */
const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * Ticks a day or more apart (under a month) read as days, "2 Mar"; d3's own
 * labels there mix weekdays and months ("Mon 02", "Mar 08" for a Sunday).
 * Hours, months and years keep d3's labels.
 */
function tickLabels(ticks: readonly Date[], d3Label: (tick: Date) => string): (tick: Date) => string {
  const [a, b] = ticks;
  const step = a && b ? b.getTime() - a.getTime() : 0;
  return step >= DAY_MS && step < 28 * DAY_MS ? (tick) => DAY_LABEL.format(tick) : d3Label;
}

/**
 * The query's annotations on a line of days, a lane per type: an event on
 * its own date, a quote or claim on its article's. Each mark holds every
 * annotation of its type on its day (bigger for more); a click lists them.
 * The wheel zooms into days, a drag pans.
 */
export function TimelinePicture(props: { svgRef: RefObject<SVGSVGElement | null>; rows: readonly QueryRow[]; types: readonly LabelType[]; onPick: (picked: Picked) => void }) {
  const { svgRef, rows, types, onPick } = props;
  const frame = useRef<HTMLDivElement>(null);
  const { width } = useSize(frame);
  const marks = useMemo(() => timelineMarks(rows), [rows]);
  const lanes = useMemo(() => {
    const present = new Set(marks.map((mark) => mark.type));
    const known = types.filter((type) => present.has(type.id)).map((type) => ({ id: type.id, name: type.name, color: type.color }));
    const unknown = [...present].filter((id) => !types.some((type) => type.id === id)).map((id) => ({ id, name: id, color: '#888888' }));
    return [...known, ...unknown];
  }, [marks, types]);
  const transform = useZoom(svgRef, { maxScale: 400, reset: marks });
  const height = lanes.length * LANE + AXIS + 16;
  const first = marks[0]?.day;
  const last = marks.at(-1)?.day;
  const base = useMemo(() => {
    const start = first ? dayToDate(first).getTime() - DAY_MS : Date.UTC(2000, 0, 1);
    const end = last ? dayToDate(last).getTime() + DAY_MS : start + 30 * DAY_MS;
    return scaleUtc().domain([new Date(start), new Date(end)]).range([LEFT, Math.max(LEFT + 10, width - 16)]);
  }, [first, last, width]);
  const x = transform.rescaleX(base);
  const laneOf = new Map(lanes.map((lane, i) => [lane.id, i]));
  const ticks = x.ticks(Math.max(2, Math.floor((width - LEFT) / 110)));
  const format = tickLabels(ticks, x.tickFormat());
  return (
    <div className="picture timeline" ref={frame}>
      <svg ref={svgRef} className="picture-svg" width={width} height={height} role="figure" aria-label={`Timeline of ${rows.length} annotations`}>
        <g className="axis">
          {ticks.map((tick) => (
            <g key={tick.getTime()} transform={`translate(${x(tick)},0)`}>
              <line className="grid" y1={8} y2={height - AXIS} />
              <text className="tick" y={height - AXIS + 16} textAnchor="middle">
                {format(tick)}
              </text>
            </g>
          ))}
        </g>
        {lanes.map((lane, i) => (
          <g key={lane.id} transform={`translate(0,${i * LANE + 8})`}>
            <line className="lane-line" x1={LEFT} x2={width - 8} y1={LANE / 2} y2={LANE / 2} />
            <rect className="lane-label-bg" x={0} width={LEFT - 8} height={LANE} />
            <text className="lane-label" x={8} y={LANE / 2} dominantBaseline="middle">
              {lane.name}
            </text>
          </g>
        ))}
        <g className="marks">
          {marks.map((mark) => {
            const cx = x(dayToDate(mark.day));
            if (cx < LEFT - 4 || cx > width) return null;
            const lane = laneOf.get(mark.type) ?? 0;
            const color = lanes[lane]?.color ?? '#888888';
            const label = `${lanes[lane]?.name ?? mark.type} on ${mark.day}`;
            const count = mark.rows.length;
            return (
              <circle
                key={`${mark.type}/${mark.day}`}
                className="mark"
                data-day={mark.day}
                data-type={mark.type}
                cx={cx}
                cy={lane * LANE + 8 + LANE / 2}
                r={Math.min(18, 4 + Math.sqrt(count) * 2)}
                fill={color}
                tabIndex={0}
                role="button"
                aria-label={`${label}: ${count} annotation${count === 1 ? '' : 's'}`}
                onClick={() => onPick({ label, rows: mark.rows.map((i) => rows[i]).filter((row) => row !== undefined) })}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onPick({ label, rows: mark.rows.map((i) => rows[i]).filter((row) => row !== undefined) });
                  }
                }}
              >
                <title>{`${label}: ${count}`}</title>
              </circle>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
