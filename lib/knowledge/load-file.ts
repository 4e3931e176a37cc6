import { entityFileSchema, type KnowledgeEntity } from './schema';

/**
 * A data file of the knowledge base (parsed JSON), validated against the schema: throws an error naming the file,
 * the entry and the field when it does not hold, instead of letting a broken file through as no entities (or as
 * entities without names that fail later, far from the cause). For node (tests, scripts/check-knowledge.ts): the
 * extension ships the files as validated by the build, without the validator.
 */
export function loadEntityFile(data: unknown, file: string): KnowledgeEntity[] {
  const result = entityFileSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const [index, ...field] = issue.path;
    if (typeof index !== 'number') return `${issue.path.join('.') || 'the file'}: ${issue.message}`;
    const id = (Array.isArray(data) ? (data[index] as { id?: unknown } | null)?.id : undefined) ?? '';
    const named = typeof id === 'string' && id ? ` (${id})` : '';
    return `entry ${index}${named}${field.length > 0 ? `, ${field.join('.')}` : ''}: ${issue.message}`;
  });
  const more = result.error.issues.length > problems.length ? ` (and ${result.error.issues.length - 5} more)` : '';
  throw new Error(`${file} is not a valid knowledge file: ${problems.join('; ')}${more}`);
}
