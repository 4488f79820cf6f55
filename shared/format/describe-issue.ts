import type { z } from 'zod';

/** Writes a path the way the spec does: `touchpoints[3].stageId`; the map itself is "map". */
export function formatPath(path: readonly PropertyKey[]): string {
  let result = '';
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`;
    else result += result === '' ? String(segment) : `.${String(segment)}`;
  }
  return result === '' ? 'map' : result;
}

const numberFormat = new Intl.NumberFormat('en-US');

function count(value: number | bigint): string {
  return numberFormat.format(value);
}

function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(shown);
}

/** Describes a value found in a file in plain words. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (typeof value === 'string') return value === '' ? 'empty text' : `the text ${quote(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${count(value.length)} ${value.length === 1 ? 'item' : 'items'}`;
  return 'a group of fields';
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'a group of fields';
    case 'array':
      return 'a list';
    case 'null':
      return 'empty (null)';
    default:
      return expected;
  }
}

/**
 * Characters as the limits count them: Unicode code points, so an emoji is one character, as zod's
 * `max()` counts (a surrogate pair is one, a lone surrogate is one). `.length` would count UTF-16 units.
 */
function countCharacters(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

function lengthOf(value: unknown): number {
  if (typeof value === 'string') return countCharacters(value);
  return Array.isArray(value) ? value.length : 0;
}

function listChoices(values: readonly unknown[]): string {
  const shown = values.map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)));
  const last = shown.pop();
  if (last === undefined) return 'something else';
  return shown.length === 0 ? last : `${shown.length > 1 ? 'one of ' : 'either '}${shown.join(', ')} or ${last}`;
}

/** One shape problem as a plain sentence fragment (without its path). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing'
        : `should be ${describeExpected(issue.expected)}, but is ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string') {
        return `is too long (${count(lengthOf(issue.input))} characters; the limit is ${count(issue.maximum)})`;
      }
      if (issue.origin === 'array') {
        return `has too many entries (${count(lengthOf(issue.input))}; a map can have at most ${count(issue.maximum)})`;
      }
      return `should be at most ${String(issue.maximum)}, but is ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) === 1 ? 'must not be empty' : `is too short (at least ${String(issue.minimum)} characters)`;
      }
      return `should be at least ${String(issue.minimum)}, but is ${describeValue(issue.input)}`;
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return `should be a date and time such as "2026-11-02T09:00:00.000Z", but is ${describeValue(issue.input)}`;
      }
      if (issue.format === 'regex') {
        return `should be a colour written as "#rrggbb" (for example "#2563eb"), but is ${describeValue(issue.input)}`;
      }
      return `is not in the expected form (${issue.format})`;
    case 'invalid_value':
      return `should be ${listChoices(issue.values)}, but is ${describeValue(issue.input)}`;
    case 'not_multiple_of':
    case 'unrecognized_keys':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return issue.message;
  }
}
