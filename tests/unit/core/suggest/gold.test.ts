import { describe, expect, it } from 'vitest';
import { readGoldArticles } from '../../../fixtures/suggest/gold';

describe('the suggestion gold set', () => {
  const articles = readGoldArticles();

  it('reads every article, each annotation found in its text', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const length = [...article.text].length;
      for (const item of article.items) for (const fragment of item.fragments) expect(fragment.end).toBeLessThanOrEqual(length);
    }
  });

  it('dates every event in ISO 8601 and holds articles in at least three languages, some held out', () => {
    const events = articles.flatMap((article) => article.items.filter((item) => item.type === 'E'));
    expect(events.every((event) => /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?$/.test(event.date ?? ''))).toBe(true);
    expect(new Set(articles.map((article) => article.language)).size).toBeGreaterThanOrEqual(3);
    expect(articles.some((article) => article.split === 'held-out')).toBe(true);
  });
});
