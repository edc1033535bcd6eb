import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_TYPES } from '../../../core/model/label-types';
import { highlightCss, highlightName } from '../../../renderer/reader/plugins/highlight-painter';
import { GHOST_STYLE, setStyleIndex, setsOf } from '../../../renderer/sets/set-styles';
import { SUGGESTIONS_SET } from '../../../core/model/suggestions';
import { annotationOn } from '../services/workspace-helpers';

const TEXT = 'Ministers met in the capital on Monday.';
const inSet = (set: string) => ({ ...annotationOn(TEXT, 'Ministers'), set });

describe('annotation sets in the reader', () => {
  it('lists the analyst’s own set first, even when empty, then the others by name', () => {
    expect(setsOf([inSet('zoe'), inSet('bob'), inSet('zoe')], 'alice')).toEqual(['alice', 'bob', 'zoe']);
  });

  it('paints the own set filled and gives the other sets the other styles in turn', () => {
    const styles = setStyleIndex(['alice', 'bob', 'carol', 'dan', 'eve'], 'alice');
    expect([...styles.values()]).toEqual([0, 1, 2, 3, 1]);
  });

  it('paints the suggestions as ghosts, a style of their own that takes no colleague’s turn', () => {
    const styles = setStyleIndex(['alice', 'bob', SUGGESTIONS_SET, 'zoe'], 'alice');
    expect(Object.fromEntries(styles)).toEqual({ alice: 0, bob: 1, [SUGGESTIONS_SET]: GHOST_STYLE, zoe: 2 });
    const ghost = highlightCss(DEFAULT_LABEL_TYPES).split('\n').find((rule) => rule.startsWith(`::highlight(${highlightName('quote', 0, GHOST_STYLE)})`));
    expect(ghost).toContain('dashed');
    expect(ghost).not.toContain('background');
  });

  it('has a style sheet rule for every other-set style of every type', () => {
    const css = highlightCss(DEFAULT_LABEL_TYPES);
    for (const type of DEFAULT_LABEL_TYPES) {
      for (let style = 1; style <= GHOST_STYLE; style++) expect(css).toContain(`::highlight(${highlightName(type.id, 0, style)})`);
    }
  });
});
