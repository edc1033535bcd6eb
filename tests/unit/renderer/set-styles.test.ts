import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_TYPES } from '../../../core/model/label-types';
import { highlightCss, highlightName } from '../../../renderer/reader/plugins/highlight-painter';
import { OTHER_SET_STYLES, setStyleIndex, setsOf } from '../../../renderer/sets/set-styles';
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

  it('has a style sheet rule for every other-set style of every type', () => {
    const css = highlightCss(DEFAULT_LABEL_TYPES);
    for (const type of DEFAULT_LABEL_TYPES) {
      for (let style = 1; style <= OTHER_SET_STYLES; style++) expect(css).toContain(`::highlight(${highlightName(type.id, 0, style)})`);
    }
  });
});
