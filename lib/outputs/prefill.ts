/**
 * The actions an MCUA sheet starts with: every item of the agreed outputs the topic takes as
 * inputs (for 4.7: 3.2's integrated solutions and the proposals of 4.1 to 4.6), in input order.
 * Only agreed outputs count; with none agreed yet the sheet starts empty.
 */
import type { McuaAspect } from '../scoring/mcua';
import type { OutputId, Topic } from '../method/types';
import { itemsOf, type AgreedData } from './agreedData';

/** The aspect an item takes when its output does not say: by the topic that produced it. */
const ASPECT_OF_TOPIC: Record<string, McuaAspect> = {
  '3.2': 'management',
  '4.1': 'technical',
  '4.2': 'management',
  '4.3': 'management',
  '4.4': 'management',
  '4.5': 'management',
  '4.6': 'financial',
};

export interface PrefilledAction {
  /** Stable for the same source item, so pre-filling twice cannot add it twice. */
  id: string;
  label: string;
  aspect: McuaAspect;
  /** The agreed output it came from. */
  source: OutputId;
}

/** `latest` maps an output id to the data of its latest agreed version. */
export function prefillMcuaActions(topic: Topic, latest: ReadonlyMap<string, AgreedData>): PrefilledAction[] {
  const actions: PrefilledAction[] = [];
  for (const inputId of topic.inputs) {
    const data = latest.get(inputId);
    // An MCUA among the inputs is another topic's ranking, not a source of new actions.
    if (!data || data.format === 'mcua') continue;
    const fallback = ASPECT_OF_TOPIC[inputId.slice(0, inputId.indexOf('/'))] ?? 'management';
    for (const item of itemsOf(data)) {
      actions.push({ id: `${inputId}-${item.id}`.replace(/[^A-Za-z0-9_-]/g, '-'), label: item.label, aspect: item.aspect ?? fallback, source: inputId });
    }
  }
  return actions;
}
