/**
 * Lookups over the outputs of all topics: which topic produces an output and which later topics
 * draw on it. Output ids are unique across the method, so each output has exactly one producer.
 */
import { TOPICS } from './topics';
import type { OutputId, OutputKind, OutputSpec, Topic } from './types';

/** Every output of every topic, in workshop order. */
export const OUTPUTS: readonly OutputSpec[] = TOPICS.flatMap((topic) => topic.outputs);

const outputsById = new Map<string, OutputSpec>(OUTPUTS.map((output) => [output.id, output]));

export function outputById(outputId: OutputId): OutputSpec | undefined {
  return outputsById.get(outputId);
}

/** The topics that produce this output (one for a known id, none for an unknown one). */
export function producersOf(outputId: OutputId): Topic[] {
  return TOPICS.filter((topic) => topic.outputs.some((output) => output.id === outputId));
}

/** The topics that list this output among their inputs, in workshop order. */
export function consumersOf(outputId: OutputId): Topic[] {
  return TOPICS.filter((topic) => topic.inputs.includes(outputId));
}

/** All outputs captured in one format, e.g. every agreement record of the workshop. */
export function outputsOfKind(kind: OutputKind): OutputSpec[] {
  return OUTPUTS.filter((output) => output.kind === kind);
}
