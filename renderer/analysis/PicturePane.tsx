import { useRef, useState, type ReactNode } from 'react';
import type { LabelType } from '../../core/model/label-types';
import type { QueryRow } from '../../core/query/query-rows';
import { CountsPicture } from './CountsPicture';
import { NetworkPicture } from './NetworkPicture';
import { exportPng, exportSvg } from './picture-export';
import { TimelinePicture } from './TimelinePicture';
import type { PictureTab } from './use-query-view';
import { annotationCount } from './annotation-count';

const TABS: readonly { id: PictureTab; label: string }[] = [
  { id: 'article', label: 'Article' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'network', label: 'Network' },
  { id: 'counts', label: 'Counts' },
];

/** What a click on a mark picked: its annotations, listed under the picture to open. */
export interface Picked {
  label: string;
  rows: readonly QueryRow[];
}

/** The tabs over the reader pane while the query view is open: the article, or one of the query's pictures. */
export function PictureTabs(props: { tab: PictureTab; onTab: (tab: PictureTab) => void }) {
  return (
    <div className="picture-tabs" role="tablist" aria-label="Reader and pictures">
      {TABS.map(({ id, label }) => (
        <button key={id} type="button" role="tab" aria-selected={props.tab === id} onClick={() => props.onTab(id)}>
          {label}
        </button>
      ))}
    </div>
  );
}

/**
 * One picture of the query's answer, with its export (SVG, PNG) and, under
 * it, the annotations behind the mark last clicked, each opening the article
 * at its span.
 */
export function PicturePane(props: {
  tab: Exclude<PictureTab, 'article'>;
  rows: readonly QueryRow[];
  total: number;
  types: readonly LabelType[];
  focusEntity: string | undefined;
  onOpen: (row: QueryRow) => void;
  /** Narrows the query to an entity (a click on it in the network). */
  onEntity: (name: string) => void;
  onNotice: (message: string) => void;
}) {
  const { tab, rows, total, types, focusEntity, onOpen, onEntity, onNotice } = props;
  const svgRef = useRef<SVGSVGElement | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const svg = () => {
    if (!svgRef.current) throw new Error('there is no picture to export');
    return svgRef.current;
  };
  const exported = (work: () => Promise<void> | void) => {
    Promise.resolve()
      .then(work)
      .catch((error: unknown) => onNotice(`The picture was not exported: ${error instanceof Error ? error.message : String(error)}`));
  };
  const pictures: Record<typeof tab, ReactNode> = {
    timeline: <TimelinePicture svgRef={svgRef} rows={rows} types={types} onPick={setPicked} />,
    network: (
      <NetworkPicture
        svgRef={svgRef}
        rows={rows}
        focusEntity={focusEntity}
        onPick={setPicked}
        onEntity={(name) => {
          setPicked(null);
          onEntity(name);
        }}
      />
    ),
    counts: <CountsPicture svgRef={svgRef} rows={rows} types={types} onPick={setPicked} />,
  };
  return (
    <section className="picture-pane" aria-label={TABS.find((t) => t.id === tab)?.label}>
      <div className="picture-actions">
        <span className="pane-count">{rows.length === total ? annotationCount(total) : `the first ${rows.length} of ${annotationCount(total)}`}</span>
        <button type="button" onClick={() => exported(() => exportSvg(svg(), `gloss-${tab}`))}>
          Export SVG
        </button>
        <button type="button" onClick={() => exported(() => exportPng(svg(), `gloss-${tab}`))}>
          Export PNG
        </button>
      </div>
      <div className="picture-frame">{pictures[tab]}</div>
      {picked ? (
        <div className="picked" aria-label="Annotations behind the mark">
          <h3>
            {picked.label} <span className="pane-count">{picked.rows.length}</span>
            <button type="button" className="picked-close" aria-label="Close the list" onClick={() => setPicked(null)}>
              ×
            </button>
          </h3>
          <ul>
            {picked.rows.slice(0, 500).map((row) => (
              <li key={`${row.document}/${row.id}`}>
                <button type="button" onClick={() => onOpen(row)}>
                  <span className="query-result-date">{row.date ?? 'undated'}</span> <span className="query-result-title">{row.title}</span>: {row.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
