import { describe, expect, it } from 'vitest';
import { docHref } from './docHref';

describe('where a document opens', () => {
  it('opens a board or the plenary on the board page', () => {
    expect(docHref({ name: 'abc', kind: 'board', workshopId: 'w1', topicId: '3.1', outputId: null })).toBe('/board/abc');
    expect(docHref({ name: 'p', kind: 'plenary', workshopId: 'w1', topicId: null, outputId: null })).toBe('/board/p');
  });

  it('opens a worksheet on its topic’s worksheet page, not as a board', () => {
    expect(docHref({ name: 'xyz', kind: 'worksheet', workshopId: 'w1', topicId: '2.3', outputId: '2.3/gap-table' })).toBe('/w/w1/topics/2.3/worksheets/gap-table');
  });
});
