import { createTLSchema, defaultBindingSchemas, defaultShapeSchemas } from '@tldraw/tlschema';
import { describe, expect, it } from 'vitest';
import { PLANO_SHAPE_SCHEMAS } from './boardSchema';
import { CARD_MIGRATION_VERSIONS, defaultCardProps } from './card';

const schema = createTLSchema({ shapes: { ...defaultShapeSchemas, ...PLANO_SHAPE_SCHEMAS }, bindings: defaultBindingSchemas });
const CARD_SEQUENCE = 'com.tldraw.shape.plano-card';

/** The schema a board was written in before a given card version (0: before any card migration). */
function schemaAtCardVersion(version: number) {
  const current = schema.serialize();
  return { ...current, sequences: { ...current.sequences, [CARD_SEQUENCE]: version } };
}

const { flowRole: _role, changeTag: _tag, ...propsBeforeFlowcharts } = defaultCardProps();
const oldCard = {
  id: 'shape:old',
  typeName: 'shape',
  type: 'plano-card',
  x: 0,
  y: 0,
  rotation: 0,
  index: 'a1',
  parentId: 'page:page',
  isLocked: false,
  opacity: 1,
  meta: {},
  props: { ...propsBeforeFlowcharts, text: 'Verifikasi berkas' },
};

describe('card migrations', () => {
  it('numbers the card versions from 1 without gaps, as the board schema reports them', () => {
    const versions = Object.values(CARD_MIGRATION_VERSIONS).sort((a, b) => a - b);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(schema.serialize().sequences[CARD_SEQUENCE]).toBe(versions.length);
  });

  it('makes every card of a board from before flowcharts a plain step without a change tag', () => {
    const result = schema.migrateStoreSnapshot({ schema: schemaAtCardVersion(0), store: { [oldCard.id]: oldCard } as never });
    expect(result.type).toBe('success');
    const migrated = (result as { value: Record<string, typeof oldCard> }).value[oldCard.id];
    expect(migrated.props).toMatchObject({ text: 'Verifikasi berkas', flowRole: 'step', changeTag: '' });
    expect(() => schema.types.shape.validate(migrated)).not.toThrow();
  });

  it('upgrades a board whose schema predates the card sequence altogether', () => {
    const current = schema.serialize();
    const { [CARD_SEQUENCE]: _card, ...withoutCards } = current.sequences;
    const result = schema.migratePersistedRecord(oldCard as never, { ...current, sequences: withoutCards });
    expect(result.type).toBe('success');
    expect((result as { value: typeof oldCard }).value.props).toMatchObject({ flowRole: 'step', changeTag: '' });
  });

  it('keeps the flow role and tag of a card that already has them', () => {
    const tagged = { ...oldCard, props: { ...oldCard.props, flowRole: 'decision', changeTag: 'gabung' } };
    const result = schema.migratePersistedRecord(tagged as never, schemaAtCardVersion(0));
    expect((result as { value: typeof tagged }).value.props).toMatchObject({ flowRole: 'decision', changeTag: 'gabung' });
  });

  it('drops the flowchart props again for a client from before flowcharts', () => {
    const current = { ...oldCard, props: { ...oldCard.props, flowRole: 'decision', changeTag: 'hapus' } };
    const result = schema.migratePersistedRecord(current as never, schemaAtCardVersion(0), 'down');
    expect(result.type).toBe('success');
    expect((result as { value: typeof oldCard }).value.props).toEqual(oldCard.props);
  });
});
