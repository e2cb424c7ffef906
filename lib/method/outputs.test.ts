import { describe, expect, it } from 'vitest';
import { OUTPUT_KINDS, OUTPUT_KIND_LABELS, type OutputKind } from './outputKinds';
import { OUTPUTS, consumersOf, outputById, outputsOfKind, producersOf } from './outputs';
import { TOPICS, findTopic } from './topics';
import type { OutputId } from './types';

const topicIndex = (topicId: string) => TOPICS.findIndex((t) => t.id === topicId);
const inputsOf = (topicId: string) => findTopic(topicId)!.inputs;
const producerIdOf = (outputId: string) => outputId.split('/')[0];

describe('outputs', () => {
  it('gives every output an id made of its topic id and a slug, unique across the method', () => {
    const ids = OUTPUTS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const topic of TOPICS) {
      for (const output of topic.outputs) expect(output.id).toMatch(new RegExp(`^${topic.id.replace('.', '\\.')}/[a-z0-9]+(-[a-z0-9]+)*$`));
    }
  });

  it('captures every output in a known format, and every format in some topic', () => {
    for (const output of OUTPUTS) expect(OUTPUT_KINDS, output.id).toContain(output.kind);
    const used = new Set(OUTPUTS.map((o) => o.kind));
    for (const kind of OUTPUT_KINDS) {
      expect(used.has(kind), `${kind} is produced somewhere`).toBe(true);
      expect(OUTPUT_KIND_LABELS[kind].id.length, kind).toBeGreaterThan(2);
    }
  });

  it('represents every output the method map (STPP-METHOD.md) asks the software to capture', () => {
    const expected: Record<string, OutputKind[]> = {
      '1.1': ['stakeholder-matrix', 'pokja-structure', 'member-roles', 'document-draft'],
      '1.2': ['agreement-record', 'work-calendar'],
      '2.1': ['main-issue-ranking'],
      '2.2': ['regulation-table', 'narrative'],
      '2.3': ['gap-table', 'strategic-indicators'],
      '3.1': ['governance-checklist', 'harapan-kenyataan', 'root-causes-per-step', 'supporting-hindering-factors', 'diagnostic-worksheet'],
      '3.2': ['root-causes-per-step', 'alternative-solutions', 'integrated-solutions'],
      '4.1': ['swot-strategies'],
      '4.2': ['procedure-flowchart'],
      '4.3': ['policy-proposals'],
      '4.4': ['staff-competence-table', 'staff-programme-table'],
      '4.5': ['unit-role-table', 'organisation-chart'],
      '4.6': ['finance-proposals'],
      '4.7': ['action-list', 'mcua-matrix', 'mcua-priorities'],
      '5.1': ['action-scheme', 'smart-logframe'],
      '5.2': ['skema-tindakan-table', 'narrative', 'citizen-charter'],
      '5.3': ['agreement-record', 'document-draft'],
      '6.1': ['skema-tindakan-table', 'integration-plan', 'activity-plan', 'team-roster'],
      '6.2': ['action-list'],
      '6.3': ['implementation-schedule', 'oversight-mechanism'],
      '7.1': ['monev-format', 'team-roster', 'activity-plan'],
      '7.2': ['onion-diagram', 'narrative', 'best-practice-outline', 'activity-plan'],
    };
    for (const [topicId, kinds] of Object.entries(expected)) {
      const produced = findTopic(topicId)!.outputs.map((o) => o.kind);
      for (const kind of kinds) expect(produced, `${topicId} captures ${kind}`).toContain(kind);
    }
  });

  it('looks an output up by id, and finds nothing for an unknown id', () => {
    expect(outputById('2.1/main-issue')?.kind).toBe('main-issue-ranking');
    expect(outputById('2.1/no-such-output')).toBeUndefined();
  });

  it('lists every output of one format', () => {
    expect(outputsOfKind('agreement-record').map((o) => producerIdOf(o.id))).toEqual(['1.2', '5.3', '6.3']);
    expect(outputsOfKind('team-roster').map((o) => o.id)).toEqual(['6.1/drafting-team', '7.1/monev-team', '7.2/writing-team']);
  });
});

describe('what flows from topic to topic (the Kerangka)', () => {
  it('draws every input from an existing output of an earlier topic, without repeats', () => {
    for (const topic of TOPICS) {
      expect(new Set(topic.inputs).size, topic.id).toBe(topic.inputs.length);
      for (const input of topic.inputs) {
        expect(outputById(input), `${topic.id} input ${input}`).toBeDefined();
        expect(topicIndex(producerIdOf(input)), `${topic.id} input ${input} comes from an earlier topic`).toBeLessThan(topicIndex(topic.id));
      }
    }
  });

  it('has every topic after the first build on something earlier', () => {
    for (const topic of TOPICS.slice(1)) expect(topic.inputs.length, topic.id).toBeGreaterThan(0);
  });

  it.each([
    ['2.2', '2.1/main-issue'],
    ['2.3', '2.1/main-issue'],
    ['3.1', '2.1/main-issue'],
    ['3.2', '2.1/main-issue'],
    ['4.1', '2.3/strategic-indicators'],
    ['3.2', '3.1/root-causes'],
    ['3.2', '3.1/harapan-kenyataan'],
    ['4.7', '3.2/integrated-solutions'],
    ['5.1', '4.7/priorities'],
    ['5.2', '5.1/action-scheme'],
    ['5.2', '5.1/smart-logframe'],
    ['5.3', '5.2/skema-tindakan-table'],
    ['5.3', '5.2/citizen-charter'],
    ['6.1', '5.3/stpp-agreement'],
    ['6.2', '6.1/action-table-budgeted'],
    ['6.3', '6.1/integration-plan'],
    ['7.1', '5.1/smart-logframe'],
  ] as const)('feeds %s with %s', (consumer, output) => {
    expect(inputsOf(consumer)).toContain(output);
  });

  it('carries 3.2 into every design topic 4.1 to 4.6', () => {
    for (const topicId of ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6']) {
      expect(inputsOf(topicId).some((input) => input.startsWith('3.2/')), topicId).toBe(true);
    }
  });

  it('puts the proposals of every design topic 4.1 to 4.6 before the MCUA of 4.7', () => {
    const producers = new Set(inputsOf('4.7').map(producerIdOf));
    for (const topicId of ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6']) expect(producers.has(topicId), topicId).toBe(true);
  });

  it('documents the STPP activities themselves in 7.2', () => {
    const inputs = inputsOf('7.2');
    expect(inputs.some((i) => i === '5.2/skema-tindakan-table' || i === '6.3/implementation-schedule')).toBe(true);
  });

  it('names the producer and the consumers of an output', () => {
    expect(producersOf('4.7/priorities').map((t) => t.id)).toEqual(['4.7']);
    expect(consumersOf('5.1/smart-logframe').map((t) => t.id)).toEqual(expect.arrayContaining(['5.2', '6.1', '7.1']));
    expect(producersOf('9.9/nothing' as OutputId)).toEqual([]);
    expect(consumersOf('9.9/nothing' as OutputId)).toEqual([]);
  });

  it('lists consumers only after the producer, in workshop order', () => {
    for (const output of OUTPUTS) {
      const order = consumersOf(output.id).map((t) => topicIndex(t.id));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const index of order) expect(index).toBeGreaterThan(topicIndex(producerIdOf(output.id)));
    }
  });
});
