import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('smoke', () => {
  it('creates and lists a division', async () => {
    const created = await api.ok(`mutation { createDivision(areaId: 1, name: "Central", bureau: CENTRAL) { id name weeklyTargetHours createdAt } }`);
    expect(created.createDivision.name).toBe('Central');
    const list = await api.ok(`{ allDivisions { id name } _allDivisionsMeta { count } }`);
    expect(list._allDivisionsMeta.count).toBe(1);
  });
});
