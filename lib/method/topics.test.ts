import { describe, expect, it } from 'vitest';
import { initialDocsForWorkshop } from './initialDocs';
import { METHOD_KINDS, METHOD_LABELS } from './methodKinds';
import { OUTPUT_KINDS } from './outputKinds';
import { STAGES, TOPICS, defaultAgendaMinutes, findTopic, topicsOfStage } from './topics';

/**
 * The two agendas the guide gives where its stage overview and its topic page disagree
 * (sessions x minutes), or the single one where they agree. Facts from the guide.
 */
const GUIDE_AGENDAS: Record<string, ReadonlyArray<readonly [sessions: number, minutes: number]>> = {
  '1.1': [[3, 60], [1, 120]],
  '1.2': [[2, 90]],
  '2.1': [[2, 90]],
  '2.2': [[2, 90]],
  '2.3': [[1, 120], [2, 90]],
  '3.1': [[2, 90]],
  '3.2': [[2, 90]],
  '4.1': [[2, 90]],
  '4.2': [[2, 90]],
  '4.3': [[2, 90]],
  '4.4': [[3, 90], [2, 90]],
  '4.5': [[2, 90], [3, 90]],
  '4.6': [[2, 90]],
  '4.7': [[2, 120]],
  '5.1': [[2, 90]],
  '5.2': [[2, 90]],
  '5.3': [[2, 60], [2, 90]],
  '6.1': [[2, 60]],
  '6.2': [[2, 60], [2, 90]],
  '6.3': [[3, 90]],
  '7.1': [[1, 120], [2, 120]],
  '7.2': [[2, 90], [3, 90]],
};

describe('the STPP method', () => {
  it('has 7 stages and 22 topics, each topic in an existing stage', () => {
    expect(STAGES).toHaveLength(7);
    expect(TOPICS).toHaveLength(22);
    expect(STAGES.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const topic of TOPICS) expect(STAGES.map((s) => s.number)).toContain(topic.stage);
  });

  it('numbers topics <stage>.<n> from 1 without gaps, in workshop order', () => {
    const ids = TOPICS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const stage of STAGES) {
      const ofStage = TOPICS.filter((t) => t.stage === stage.number).map((t) => t.id);
      expect(ofStage).toEqual(ofStage.map((_, i) => `${stage.number}.${i + 1}`));
    }
    const stagesInOrder = TOPICS.map((t) => t.stage);
    expect(stagesInOrder).toEqual([...stagesInOrder].sort((a, b) => a - b));
  });

  it('titles every stage and topic in both languages', () => {
    for (const item of [...STAGES, ...TOPICS]) {
      expect(item.title.id.trim().length).toBeGreaterThan(3);
      expect(item.title.en.trim().length).toBeGreaterThan(3);
    }
  });

  it('states what every stage is for', () => {
    for (const stage of STAGES) expect(stage.objective?.id.length, `stage ${stage.number}`).toBeGreaterThan(20);
  });

  it.each(TOPICS.map((t) => [t.id, t] as const))(
    'tells the facilitator of %s the objective, outputs, who to invite, who may facilitate, how, with what, and what follows',
    (_id, topic) => {
      expect(topic.objective.id.length).toBeGreaterThan(20);
      expect(topic.outputs.length).toBeGreaterThan(0);
      expect(topic.participants.length).toBeGreaterThan(0);
      expect(topic.facilitatorQualifications.length).toBeGreaterThan(0);
      expect(topic.methods.length).toBeGreaterThan(0);
      expect(new Set(topic.methods).size).toBe(topic.methods.length);
      expect(topic.materials.length).toBeGreaterThan(0);
      expect(topic.tools.length).toBeGreaterThan(0);
      expect(topic.followUps.length).toBeGreaterThan(0);
      expect(topic.sessions.length).toBeGreaterThan(0);
    },
  );
});

describe('the default agenda of a topic', () => {
  it('numbers sessions from 1 without gaps', () => {
    for (const topic of TOPICS) {
      expect(topic.sessions.map((s) => s.number), topic.id).toEqual(topic.sessions.map((_, i) => i + 1));
    }
  });

  it('plans every session in positive multiples of 15 minutes', () => {
    for (const topic of TOPICS) {
      for (const session of topic.sessions) {
        expect(session.durationMinutes, `${topic.id} session ${session.number}`).toBeGreaterThan(0);
        expect(session.durationMinutes % 15, `${topic.id} session ${session.number}`).toBe(0);
      }
    }
  });

  it('gives every session an opening, some work and a close', () => {
    for (const topic of TOPICS) {
      for (const session of topic.sessions) expect(session.steps.length, `${topic.id}/${session.number}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('opens every session by reviewing earlier results against the Kerangka', () => {
    for (const topic of TOPICS) {
      for (const session of topic.sessions) {
        const first = session.steps[0];
        const where = `${topic.id} session ${session.number}`;
        expect(first.id, where).toMatch(/^Tinjau\b/);
        expect(first.id, where).toContain('Kerangka Penyusunan STPP');
        expect(first.en, where).toMatch(/^Review\b/);
        expect(first.en, where).toContain('Kerangka');
      }
    }
  });

  it('closes every session by agreeing the next meeting in the Kalender Kerja and the follow-ups', () => {
    for (const topic of TOPICS) {
      for (const session of topic.sessions) {
        const last = session.steps[session.steps.length - 1];
        const where = `${topic.id} session ${session.number}`;
        expect(last.id, where).toContain('Kalender Kerja');
        expect(last.id, where).toContain('Tindak Lanjut');
        expect(last.en, where).toContain('Kalender Kerja');
        expect(last.en, where).toMatch(/follow-up/i);
      }
    }
  });

  it('hands over to the next topic by number in the last session', () => {
    for (const [index, topic] of TOPICS.entries()) {
      const next = TOPICS[index + 1];
      if (!next) continue;
      const lastStep = topic.sessions[topic.sessions.length - 1].steps.at(-1)!;
      expect(lastStep.id, topic.id).toContain(`Topik ${next.id}`);
      expect(lastStep.en, topic.id).toContain(`topic ${next.id}`);
    }
  });

  it('takes the longer reading where the guide gives two, and notes the other for the facilitator', () => {
    expect(Object.keys(GUIDE_AGENDAS)).toEqual(TOPICS.map((t) => t.id));
    for (const topic of TOPICS) {
      const readings = GUIDE_AGENDAS[topic.id];
      const [sessions, minutes] = [...readings].sort((a, b) => b[0] * b[1] - a[0] * a[1])[0];
      expect(topic.sessions.map((s) => s.durationMinutes), topic.id).toEqual(Array(sessions).fill(minutes));
      if (readings.length > 1) expect(topic.agendaNote, topic.id).toBeDefined();
    }
  });

  it('counts every session in defaultAgendaMinutes', () => {
    expect(defaultAgendaMinutes(findTopic('4.7')!)).toBe(4 * 60);
    expect(defaultAgendaMinutes(findTopic('6.1')!)).toBe(2 * 60);
    expect(defaultAgendaMinutes(findTopic('4.5')!)).toBe(3 * 90);
  });
});

describe('methods and worksheets', () => {
  it('labels every method kind in both languages and uses each in some topic', () => {
    const used = new Set(TOPICS.flatMap((t) => t.methods));
    for (const kind of METHOD_KINDS) {
      expect(METHOD_LABELS[kind].id.length, kind).toBeGreaterThan(2);
      expect(METHOD_LABELS[kind].en.length, kind).toBeGreaterThan(2);
      expect(used.has(kind), `${kind} is used by some topic`).toBe(true);
    }
    for (const kind of used) expect(METHOD_KINDS).toContain(kind);
  });

  it('fills worksheets only for output kinds the topic itself produces', () => {
    for (const topic of TOPICS) {
      const produced = new Set(topic.outputs.map((o) => o.kind));
      for (const kind of topic.worksheets) {
        expect(OUTPUT_KINDS).toContain(kind);
        expect(produced.has(kind), `${topic.id} worksheet ${kind}`).toBe(true);
      }
    }
  });

  it('gives a topic without a board at least one worksheet to work in', () => {
    for (const topic of TOPICS.filter((t) => t.boardTemplate === null)) {
      expect(topic.worksheets.length, topic.id).toBeGreaterThan(0);
    }
  });
});

describe('finding topics', () => {
  it('finds a topic by id and nothing for an unknown id', () => {
    expect(findTopic('3.2')?.title.id).toBe('Analisis Manajemen Penyaluran Pelayanan');
    expect(findTopic('8.1')).toBeUndefined();
  });

  it('lists the topics of a stage in order, and none for a stage that does not exist', () => {
    expect(topicsOfStage(4).map((t) => t.id)).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7']);
    expect(topicsOfStage(7).map((t) => t.id)).toEqual(['7.1', '7.2']);
    expect(topicsOfStage(8)).toEqual([]);
    expect(STAGES.flatMap((s) => topicsOfStage(s.number))).toEqual([...TOPICS]);
  });
});

describe('a new workshop', () => {
  it('starts with one plenary and one board per topic that works on a board', () => {
    const docs = initialDocsForWorkshop();
    expect(docs.filter((d) => d.kind === 'plenary')).toHaveLength(1);
    const boardTopics = docs.filter((d) => d.kind === 'board').map((d) => d.topicId);
    expect(boardTopics).toEqual(TOPICS.filter((t) => t.boardTemplate).map((t) => t.id));
    expect(boardTopics).toContain('3.1');
    expect(boardTopics).toContain('7.2');
    for (const doc of docs.filter((d) => d.kind === 'board')) expect(doc.template).toBe(findTopic(doc.topicId!)?.boardTemplate);
  });
});
