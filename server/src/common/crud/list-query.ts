import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ForbiddenError, type Role } from '../access.js';
import { BadInputError } from '../errors.js';
import { text, type FieldSpec } from '../fields.js';
import { parseId } from '../ids.js';
import { RANGE_OPERATORS, type Resource, type SortOrder } from './resource.js';

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 1000;

export interface ListArguments {
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: string | null;
  filter?: FilterValues | null;
}

export type FilterValues = Record<string, unknown>;

/** A search term is text like any other: control characters and NUL bytes are refused, naming `filter.q`. */
const SEARCH_TERM = text({ max: 200 });

const visible = (field: FieldSpec | undefined, role: Role | undefined) => !field?.visibleTo || (!!role && field.visibleTo.includes(role));

/** Escapes LIKE wildcards so a search for "50%" finds "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Adds the react-admin filter to a query: `q` searches the resource's searchable fields,
 * `ids` and `id` select records, each field compares for equality, range fields add
 * `_lt/_lte/_gt/_gte/_neq`. Columns come from the resource's own fields, values are bound
 * parameters: nothing the client sends becomes SQL text.
 */
export function applyFilter<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  resource: Resource<E>,
  filter: FilterValues | null | undefined,
  role: Role | undefined,
): SelectQueryBuilder<E> {
  if (!filter) return query;
  const alias = query.alias;
  const column = (key: string) => `"${alias}"."${query.expressionMap.mainAlias!.metadata.findColumnWithPropertyName(key)!.databaseName}"`;
  let n = 0;
  const param = (value: unknown) => {
    const name = `f${n++}`;
    query.setParameter(name, value);
    return `:${name}`;
  };

  const { q, ids, id } = filter;
  if (typeof q === 'string' && q.trim() !== '') {
    const searched = Object.entries(resource.fields).filter(([, field]) => field.search && visible(field, role));
    const pattern = param(likePattern(SEARCH_TERM.parse(q, 'filter.q')));
    query.andWhere(new Brackets((or) => {
      for (const [key] of searched) or.orWhere(`${column(key)} ILIKE ${pattern}`);
    }));
  }
  if (Array.isArray(ids)) {
    const parsed = ids.map((value) => parseId(value, 'filter.ids'));
    query.andWhere(parsed.length ? `${column('id')} IN (:...${param(parsed).slice(1)})` : 'FALSE');
  }
  if (id !== undefined && id !== null) query.andWhere(`${column('id')} = ${param(parseId(id, 'filter.id'))}`);

  for (const [key, field] of Object.entries(resource.fields)) {
    if (field.filter === 'none') continue;
    const used = Object.keys(filter).filter((name) => (name === key || name.startsWith(`${key}_`)) && filter[name] !== undefined);
    if (used.length && !visible(field, role)) throw new ForbiddenError(`filter.${used[0]} is not available to your role`);
    const value = filter[key];
    if (value !== undefined) {
      if (value === null) query.andWhere(`${column(key)} IS NULL`);
      else if (field.filter === 'contains') {
        const [item] = field.parse([value], `filter.${key}`) as unknown[];
        query.andWhere(`${param(item)} = ANY(${column(key)})`);
      } else query.andWhere(`${column(key)} = ${param(field.parse(value, `filter.${key}`))}`);
    }
    if (field.filter !== 'range') continue;
    for (const [op, sql] of Object.entries(RANGE_OPERATORS)) {
      const bound = filter[`${key}_${op}`];
      if (bound === undefined || bound === null) continue;
      query.andWhere(`${column(key)} ${sql} ${param(field.parse(bound, `filter.${key}_${op}`))}`);
    }
  }
  return query;
}

/** Sorts by an allowlisted field (id breaks ties) and takes one page. */
export function applySortAndPage<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  resource: Resource<E>,
  args: ListArguments,
  role: Role | undefined,
): SelectQueryBuilder<E> {
  const sortField = args.sortField ?? resource.defaultSort.field;
  if (!resource.sortFields.has(sortField)) {
    throw new BadInputError('sortField', `sortField must be one of ${[...resource.sortFields].join(', ')}`);
  }
  if (!visible(resource.fields[sortField], role)) throw new ForbiddenError(`sorting by ${sortField} is not available to your role`);
  // The default order belongs to the default field; any other field sorts ascending unless told.
  const sortOrder = (args.sortOrder ?? (args.sortField ? 'ASC' : resource.defaultSort.order)).toUpperCase();
  if (sortOrder !== 'ASC' && sortOrder !== 'DESC') throw new BadInputError('sortOrder', 'sortOrder must be ASC or DESC');

  const idCount = Array.isArray(args.filter?.ids) ? args.filter.ids.length : 0;
  const perPage = args.perPage ?? Math.max(DEFAULT_PER_PAGE, Math.min(idCount, MAX_PER_PAGE));
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new BadInputError('perPage', `perPage must be between 1 and ${MAX_PER_PAGE}`);
  }
  const page = args.page ?? 0;
  if (!Number.isInteger(page) || page < 0) throw new BadInputError('page', 'page must be 0 or more (pages count from 0)');

  const alias = query.alias;
  query.orderBy(`${alias}.${sortField}`, sortOrder as SortOrder, sortOrder === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST');
  if (sortField !== 'id') query.addOrderBy(`${alias}.id`, sortOrder as SortOrder);
  return query.offset(page * perPage).limit(perPage);
}
