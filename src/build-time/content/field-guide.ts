import { z } from 'astro/zod';
import type { FieldMeta } from '../../model/schema/fields.ts';

/**
 * What a schema says about each of its fields, read from its JSON Schema (`z.toJSONSchema`), where
 * every field's metadata stands next to it (`src/model/schema/fields.ts`): what to write there,
 * which fields an object has, how long a text may be. The checker's messages and the editor's
 * hovers read the same words.
 */

type Path = readonly PropertyKey[];

interface JsonSchema extends Partial<FieldMeta> {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface FieldGuide {
  /** The "Expected:" words of the field at `path` (list positions ignored), if it has them. */
  expected(path: Path): string | undefined;
  /** The field names an object at `path` accepts, in the schema's order. */
  knownFields(path: Path): string[];
  /** The metadata of the field at `path`: its words and its length limits. */
  meta(path: Path): Partial<FieldMeta> | undefined;
}

/** The schemas that can stand at a path: a union offers one per option. */
function schemasAt(root: JsonSchema, path: Path): JsonSchema[] {
  const options = (schema: JsonSchema): JsonSchema[] => [
    schema,
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].flatMap(options),
  ];
  let current = options(root);
  for (const segment of path) {
    current = current.flatMap((schema) => {
      if (typeof segment === 'number') return schema.items ? options(schema.items) : [];
      const property = schema.properties?.[String(segment)];
      return property ? options(property) : [];
    });
  }
  return current;
}

export function fieldGuide(schema: z.ZodType): FieldGuide {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return {
    expected: (path) => schemasAt(json, path).find((candidate) => candidate.expected)?.expected,
    knownFields: (path) => [...new Set(schemasAt(json, path).flatMap((candidate) => Object.keys(candidate.properties ?? {})))],
    meta: (path) => schemasAt(json, path).find((candidate) => candidate.description || candidate.softMax !== undefined),
  };
}
