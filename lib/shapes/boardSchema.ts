/**
 * The board's record schema as the server sees it: tldraw's own shapes plus Plano's custom ones,
 * built from the same pure schema files the client uses. The server validates every record a
 * client writes against it, so a malformed card never reaches storage or another screen.
 */
import { createTLSchema, defaultBindingSchemas, defaultShapeSchemas, type TLRecord } from '@tldraw/tlschema';
import { AREA_SHAPE_TYPE, areaShapeMigrations, areaShapeProps } from './area';
import { CARD_SHAPE_TYPE, cardShapeMigrations, cardShapeProps } from './card';

export const PLANO_SHAPE_SCHEMAS = {
  [CARD_SHAPE_TYPE]: { props: cardShapeProps, migrations: cardShapeMigrations },
  [AREA_SHAPE_TYPE]: { props: areaShapeProps, migrations: areaShapeMigrations },
} as const;

let schema: ReturnType<typeof createTLSchema> | null = null;
type SerializedSchema = ReturnType<ReturnType<typeof createTLSchema>['serialize']>;

function boardSchema() {
  schema ??= createTLSchema({ shapes: { ...defaultShapeSchemas, ...PLANO_SHAPE_SCHEMAS }, bindings: defaultBindingSchemas });
  return schema;
}

/**
 * Why a record a client wrote is not acceptable, or null when it is. Records of types the schema
 * does not know (e.g. from a newer client) are refused too: they could not be read back.
 */
export function recordProblem(key: string, value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `record ${key} is not an object`;
  const record = value as { id?: unknown; typeName?: unknown };
  if (record.id !== key) return `record ${key} is stored under another id`;
  if (typeof record.typeName !== 'string') return `record ${key} has no type`;
  const type = boardSchema().types[record.typeName as keyof ReturnType<typeof boardSchema>['types']];
  if (!type) return `record ${key} has an unknown type ${record.typeName}`;
  try {
    type.validate(value);
    return null;
  } catch (error) {
    if (isValidOnceMigrated(value as TLRecord)) return null;
    return `record ${key} is not valid: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}

/**
 * Whether a Plano shape record is valid as written by an older client: a tablet still running a
 * cached bundle writes cards without the props added since. Such a record is accepted; clients
 * migrate it when they read it. Records that fail at every older version are still refused.
 */
function isValidOnceMigrated(record: TLRecord): boolean {
  if (record.typeName !== 'shape' || !Object.hasOwn(PLANO_SHAPE_SCHEMAS, record.type)) return false;
  const type = boardSchema().types.shape;
  for (const older of olderSchemas(record.type)) {
    const migrated = boardSchema().migratePersistedRecord(record, older, 'up');
    if (migrated.type !== 'success') continue;
    try {
      type.validate(migrated.value);
      return true;
    } catch {
      // not valid from this version either; try the next older one
    }
  }
  return false;
}

const olderSchemaCache = new Map<string, SerializedSchema[]>();

/**
 * The current schema with this shape's props sequence set back to each earlier version, newest
 * first. Cached because tldraw caches migration plans per schema object.
 */
function olderSchemas(shapeType: string): SerializedSchema[] {
  const cached = olderSchemaCache.get(shapeType);
  if (cached) return cached;
  const current = boardSchema().serialize();
  const sequenceId = `com.tldraw.shape.${shapeType}`;
  const version = current.sequences[sequenceId] ?? 0;
  const older: SerializedSchema[] = [];
  for (let v = version - 1; v >= 0; v--) older.push({ ...current, sequences: { ...current.sequences, [sequenceId]: v } });
  olderSchemaCache.set(shapeType, older);
  return older;
}
