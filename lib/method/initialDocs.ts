import type { DocKind } from '../auth/capabilities';
import type { BilingualText } from '../i18n/bilingual';
import { TOPICS, type BoardTemplate } from './topics';

/** A document a new workshop starts with, before any breakout group exists. */
export interface InitialDocSpec {
  kind: DocKind;
  topicId: string | null;
  template: BoardTemplate | null;
  title: BilingualText;
}

/** One board per topic that works on a board, plus the workshop's plenary board. */
export function initialDocsForWorkshop(): InitialDocSpec[] {
  const plenary: InitialDocSpec = {
    kind: 'plenary',
    topicId: null,
    template: null,
    title: { id: 'Papan Pleno', en: 'Plenary board' },
  };
  const boards = TOPICS.filter((topic) => topic.boardTemplate !== null).map<InitialDocSpec>((topic) => ({
    kind: 'board',
    topicId: topic.id,
    template: topic.boardTemplate,
    title: { id: `${topic.id} ${topic.title.id}`, en: `${topic.id} ${topic.title.en}` },
  }));
  return [plenary, ...boards];
}
