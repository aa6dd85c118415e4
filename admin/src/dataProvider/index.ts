import type { DataProvider } from 'react-admin';
import { callApi } from './graphqlRequest';
import { typeOf } from './resources';

export { RESOURCE_TYPES, typeOf } from './resources';
export { apiErrorCode, apiErrorsOf, callApi, messageOf, type ApiErrorEntry } from './graphqlRequest';

type Provider = Omit<DataProvider, 'graphql'>;

/** The GraphQL provider (and the schema it reads) loads after sign-in, keeping the first page small. */
let loading: Promise<Provider> | undefined;
const provider = () => (loading ??= import('./graphqlProvider').then((module) => module.graphqlProvider));

const forward =
  <K extends 'getList' | 'getOne' | 'getMany' | 'getManyReference' | 'create' | 'update' | 'updateMany' | 'delete' | 'deleteMany'>(method: K) =>
  async (resource: string, params: any) =>
    ((await provider())[method] as (resource: string, params: any) => Promise<any>)(typeOf(resource), params);

/** The app's data provider: react-admin's methods per resource, and `graphql` for the domain operations. */
export interface AppDataProvider extends DataProvider {
  /** Runs one GraphQL operation (assignReserve, eligibleReserves ...); errors carry the server's message. */
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
}

export const dataProvider: AppDataProvider = {
  getList: forward('getList'),
  getOne: forward('getOne'),
  getMany: forward('getMany'),
  getManyReference: forward('getManyReference'),
  create: forward('create'),
  update: forward('update'),
  updateMany: forward('updateMany'),
  delete: forward('delete'),
  deleteMany: forward('deleteMany'),
  graphql: (query, variables, signal) => callApi(query, variables, signal),
};
