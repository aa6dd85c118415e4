import { GraphQLLocalDate } from 'graphql-scalars';
import { describe, expect, it } from 'vitest';
import { LocalDateScalar } from '../../server/src/common/local-date.js';

describe('LocalDate answers dates as graphql-scalars does, without a Date round trip for the dates PostgreSQL gives', () => {
  it('answers a date string as it is', () => {
    for (const date of ['2026-03-08', '2024-02-29', '1999-12-31']) expect(LocalDateScalar.serialize(date)).toBe(GraphQLLocalDate.serialize(date));
  });

  it('refuses what is not a date string, as graphql-scalars does', () => {
    for (const value of ['2026-3-8', '08/03/2026', 20260308, null, new Date()]) {
      expect(() => LocalDateScalar.serialize(value)).toThrow();
      expect(() => GraphQLLocalDate.serialize(value)).toThrow();
    }
  });

  it('checks input in full: no 30th of February', () => {
    expect(() => LocalDateScalar.parseValue('2026-02-30')).toThrow(/not a valid LocalDate/);
    expect(LocalDateScalar.parseValue('2026-02-28')).toBe('2026-02-28');
  });

  it('is the same type in the schema', () => {
    expect([LocalDateScalar.name, LocalDateScalar.description, LocalDateScalar.specifiedByURL]).toEqual([GraphQLLocalDate.name, GraphQLLocalDate.description, GraphQLLocalDate.specifiedByURL]);
  });
});
