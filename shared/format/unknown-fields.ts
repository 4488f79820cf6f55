import { z } from 'zod';
import { formatPath } from './describe-issue';

/** A field the schema does not know: where it was and its name. */
export interface UnknownField {
  path: readonly PropertyKey[];
  key: string;
}

/** What the walk needs from a schema: which fields objects have, and where to look inside them. */
type Plan =
  | { kind: 'leaf' }
  | { kind: 'list'; element: Plan }
  | { kind: 'object'; fields: ReadonlyMap<string, Plan> };

const LEAF: Plan = { kind: 'leaf' };
const plans = new WeakMap<z.ZodType, Plan>();

function planFor(schema: z.ZodType): Plan {
  const cached = plans.get(schema);
  if (cached !== undefined) return cached;
  let plan: Plan = LEAF;
  if (schema instanceof z.ZodNullable) plan = planFor(schema.unwrap() as z.ZodType);
  else if (schema instanceof z.ZodArray) plan = { kind: 'list', element: planFor(schema.element as z.ZodType) };
  else if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    plan = { kind: 'object', fields: new Map(Object.entries(shape).map(([key, field]) => [key, planFor(field)])) };
  }
  plans.set(schema, plan);
  return plan;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Lists the fields of `value` that `schema` would strip. Meant for values that already passed the
 * schema; recursion follows the schema (a handful of levels), never the input's own nesting.
 */
export function findUnknownFields(schema: z.ZodType, value: unknown): UnknownField[] {
  const found: UnknownField[] = [];
  collect(planFor(schema), value, [], found);
  return found;
}

// `path` is one shared stack, pushed and popped during the walk and copied only when a field is found.
function collect(plan: Plan, value: unknown, path: PropertyKey[], found: UnknownField[]): void {
  if (plan.kind === 'list') {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      collect(plan.element, value[index], path, found);
      path.pop();
    }
    return;
  }
  if (plan.kind !== 'object' || !isRecord(value)) return;
  for (const key of Object.keys(value)) {
    const fieldPlan = plan.fields.get(key);
    if (fieldPlan === undefined) {
      found.push({ path: [...path], key });
    } else if (fieldPlan.kind !== 'leaf') {
      path.push(key);
      collect(fieldPlan, value[key], path, found);
      path.pop();
    }
  }
}

const MAX_LISTED_WARNINGS = 20;

function describeKey(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);
}

/** Warnings for dropped fields, e.g. `Unknown field "color" in touchpoints[3] was dropped.`; long lists are summarised. */
export function describeUnknownFields(fields: readonly UnknownField[], rootPlace = 'in the map'): string[] {
  const warnings = fields.slice(0, MAX_LISTED_WARNINGS).map((field) => {
    const where = field.path.length === 0 ? rootPlace : `in ${formatPath(field.path)}`;
    return `Unknown field ${describeKey(field.key)} ${where} was dropped.`;
  });
  const remaining = fields.length - warnings.length;
  if (remaining > 0) warnings.push(`${remaining} more unknown ${remaining === 1 ? 'field was' : 'fields were'} dropped.`);
  return warnings;
}
