import type { z } from 'astro/zod';

type Path = readonly PropertyKey[];

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema itself, without the optional/default wrappers and transforms around it. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** Every object or list schema that can sit at `path` (a union can offer several). */
function schemasAt(schema: z.ZodType, path: Path): z.ZodType[] {
  let current = [unwrap(schema)];
  for (const segment of path) {
    const next: z.ZodType[] = [];
    for (const candidate of current.flatMap(expandUnion)) {
      const def = defOf(candidate);
      if (def.type === 'object' && typeof segment === 'string' && def.shape?.[segment]) next.push(unwrap(def.shape[segment]));
      if (def.type === 'array' && typeof segment === 'number' && def.element) next.push(unwrap(def.element));
    }
    current = next;
  }
  return current.flatMap(expandUnion);
}

function expandUnion(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  return def.type === 'union' && def.options ? def.options.map(unwrap).flatMap(expandUnion) : [schema];
}

/** The field names an object schema at `path` accepts, in the schema's order. */
export function knownFieldsAt(schema: z.ZodType, path: Path): string[] {
  const names = new Set<string>();
  for (const candidate of schemasAt(schema, path)) {
    const def = defOf(candidate);
    if (def.type === 'object' && def.shape) for (const key of Object.keys(def.shape)) names.add(key);
  }
  return [...names];
}
