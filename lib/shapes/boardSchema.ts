/**
 * The board's record schema as the server sees it: tldraw's own shapes plus Plano's custom ones,
 * built from the same pure schema files the client uses. The server validates every record a
 * client writes against it, so a malformed card never reaches storage or another screen.
 */
import { createTLSchema, defaultBindingSchemas, defaultShapeSchemas } from '@tldraw/tlschema';
import { AREA_SHAPE_TYPE, areaShapeMigrations, areaShapeProps } from './area';
import { CARD_SHAPE_TYPE, cardShapeMigrations, cardShapeProps } from './card';

export const PLANO_SHAPE_SCHEMAS = {
  [CARD_SHAPE_TYPE]: { props: cardShapeProps, migrations: cardShapeMigrations },
  [AREA_SHAPE_TYPE]: { props: areaShapeProps, migrations: areaShapeMigrations },
} as const;

let schema: ReturnType<typeof createTLSchema> | null = null;

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
    return `record ${key} is not valid: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}
