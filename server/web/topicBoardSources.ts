import 'server-only';
import type { PrefillSources } from '@/lib/worksheets/tablePrefill';
import type { PlanoRuntime } from '../runtime';

/**
 * The records of a topic's boards for pre-filling its worksheets: the plenary first, then the group
 * boards of its latest session. Boards are not read yet: sheets pre-fill from agreed outputs only.
 */
export async function readTopicBoards(runtime: Pick<PlanoRuntime, 'sql' | 'registry'>, workshopId: string, topicId: string): Promise<PrefillSources['boards']> {
  void runtime;
  void workshopId;
  void topicId;
  return [];
}
