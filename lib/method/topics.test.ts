import { describe, expect, it } from 'vitest';
import { STAGES, TOPICS } from './topics';
import { initialDocsForWorkshop } from './initialDocs';

describe('the STPP method skeleton', () => {
  it('has 7 stages and 22 topics, each topic in an existing stage', () => {
    expect(STAGES).toHaveLength(7);
    expect(TOPICS).toHaveLength(22);
    for (const topic of TOPICS) expect(STAGES.map((s) => s.number)).toContain(topic.stage);
  });

  it('numbers topics uniquely and in order within their stage', () => {
    const ids = TOPICS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const topic of TOPICS) expect(topic.id.startsWith(`${topic.stage}.`)).toBe(true);
  });

  it('titles every stage and topic in both languages', () => {
    for (const item of [...STAGES, ...TOPICS]) {
      expect(item.title.id.trim().length).toBeGreaterThan(3);
      expect(item.title.en.trim().length).toBeGreaterThan(3);
    }
  });

  it('gives a new workshop one plenary and one board per topic that works on a board', () => {
    const docs = initialDocsForWorkshop();
    expect(docs.filter((d) => d.kind === 'plenary')).toHaveLength(1);
    const boardTopics = docs.filter((d) => d.kind === 'board').map((d) => d.topicId);
    expect(boardTopics).toEqual(TOPICS.filter((t) => t.boardTemplate).map((t) => t.id));
    expect(boardTopics).toContain('3.1');
    expect(boardTopics).toContain('7.2');
  });
});
