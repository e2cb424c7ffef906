// The wording check reads the facilitator's guide from disk; only this test does IO, lib/ code stays pure.
// eslint-disable-next-line no-restricted-imports
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testEnv } from '../../server/testing/testEnv';
import type { BilingualText } from '../i18n/bilingual';
import { initialDocsForWorkshop } from './initialDocs';
import { METHOD_LABELS } from './methodKinds';
import { OUTPUT_KIND_LABELS } from './outputKinds';
import { STAGES, TOPICS } from './topics';
import * as vocabularies from './vocabularies';

/**
 * The guide the method is drawn from, in the shared folder beside the repository (where CI has it
 * too). Elsewhere the wording test is skipped with a message; in CI a missing guide fails.
 */
const GUIDE_PATH = testEnv.guidePath ?? `${import.meta.dirname}/../../../shared/reference/000_5df6b99a6a23da00.txt`;
const guideMissing = !existsSync(GUIDE_PATH);
if (guideMissing && testEnv.inCi) throw new Error(`CI must have the facilitator guide at ${GUIDE_PATH} for the wording test`);
if (guideMissing) console.warn(`[plano tests] the facilitator guide is not at ${GUIDE_PATH}: skipping the wording test`);

/** Proper names that read the same in both languages. Keep this list short. */
const SAME_IN_BOTH_LANGUAGES = new Set(['Appreciative Inquiry']);

const tree = { STAGES, TOPICS, METHOD_LABELS, OUTPUT_KIND_LABELS, vocabularies, initialDocs: initialDocsForWorkshop() };

function isBilingual(value: object): value is BilingualText {
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'en' && keys[1] === 'id';
}

/** Every object in the tree that carries an `en` key, with where it was found. */
function collectTexts(value: unknown, path: string, into: Array<{ path: string; text: unknown }>): typeof into {
  if (Array.isArray(value)) value.forEach((item, i) => collectTexts(item, `${path}[${i}]`, into));
  else if (value !== null && typeof value === 'object') {
    if ('en' in value) into.push({ path, text: value });
    else for (const [key, child] of Object.entries(value)) collectTexts(child, `${path}.${key}`, into);
  }
  return into;
}

const allTexts = collectTexts(tree, 'method', []);

describe('bilingual texts', () => {
  it('finds texts everywhere in the method tree', () => {
    expect(allTexts.length).toBeGreaterThan(1000);
  });

  it('writes every text as exactly an Indonesian and an English string', () => {
    for (const { path, text } of allTexts) {
      expect(isBilingual(text as object), path).toBe(true);
      const { id, en } = text as BilingualText;
      expect(typeof id, path).toBe('string');
      expect(typeof en, path).toBe('string');
    }
  });

  it('leaves no text empty, untrimmed or with doubled spaces', () => {
    for (const { path, text } of allTexts) {
      for (const [lang, s] of Object.entries(text as BilingualText)) {
        expect(s.length, `${path}.${lang}`).toBeGreaterThan(0);
        expect(s, `${path}.${lang}`).toBe(s.trim());
        expect(s, `${path}.${lang}`).not.toMatch(/\s{2,}/);
      }
    }
  });

  it('translates every text, except a short list of proper names', () => {
    for (const { path, text } of allTexts) {
      const { id, en } = text as BilingualText;
      if (SAME_IN_BOTH_LANGUAGES.has(id)) continue;
      expect(en, path).not.toBe(id);
    }
    expect(SAME_IN_BOTH_LANGUAGES.size).toBeLessThanOrEqual(5);
  });

  it('gives each worksheet vocabulary unique keys', () => {
    for (const [name, list] of Object.entries(vocabularies)) {
      if (!Array.isArray(list) || list.length === 0 || !('key' in list[0])) continue;
      const keys = (list as Array<{ key: string }>).map((term) => term.key);
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });
});

/** Lower-case words only, so line breaks and punctuation in the guide do not hide a copy. */
function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Indonesian texts we wrote ourselves. Materials are left out: they carry document titles, which are facts. */
function ownIndonesianTexts(): string[] {
  const texts: string[] = STAGES.flatMap((s) => (s.objective ? [s.objective.id] : []));
  for (const topic of TOPICS) {
    texts.push(topic.objective.id, ...topic.outputs.map((o) => o.description.id), ...topic.followUps.map((f) => f.id));
    if (topic.agendaNote) texts.push(topic.agendaNote.id);
    for (const session of topic.sessions) texts.push(session.title.id, ...session.steps.map((s) => s.id));
  }
  return texts;
}

describe.skipIf(guideMissing)('our own words (checked against the guide on this machine)', () => {
  const guide = existsSync(GUIDE_PATH) ? normalise(readFileSync(GUIDE_PATH, 'utf8')) : '';

  it('reads a guide long enough to compare against', () => {
    expect(guide.split(' ').length).toBeGreaterThan(5000);
  });

  it('copies no sentence of eight or more words from the guide', () => {
    const sentences = ownIndonesianTexts()
      .flatMap((text) => text.split(/(?<=[.!?])\s+/))
      .map(normalise)
      .filter((sentence) => sentence.split(' ').length >= 8);
    expect(sentences.length).toBeGreaterThan(200);
    const copied = sentences.filter((sentence) => guide.includes(sentence));
    expect(copied).toEqual([]);
  });

  it('shares no run of twelve words with the guide, even across sentences', () => {
    const runLength = 12;
    const shared = new Set<string>();
    for (const text of ownIndonesianTexts()) {
      const words = normalise(text).split(' ');
      for (let i = 0; i + runLength <= words.length; i++) {
        const run = words.slice(i, i + runLength).join(' ');
        if (guide.includes(run)) shared.add(run);
      }
    }
    expect([...shared]).toEqual([]);
  });
});
