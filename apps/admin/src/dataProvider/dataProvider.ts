import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import buildGraphqlProvider from "ra-data-graphql-simple";
import type { DataProvider } from "react-admin";
import { toHttpError } from "./graphqlErrors.ts";
import { graphqlEndpoint, graphqlFetch } from "./graphqlFetch.ts";
import { changedArguments, pickArguments } from "./mutationArguments.ts";
import { introspectionSchema, mutationArgumentNames, notResources } from "./schema.ts";

const client = new ApolloClient({
  link: new HttpLink({ uri: graphqlEndpoint, fetch: graphqlFetch }),
  cache: new InMemoryCache(),
  devtools: { enabled: false },
});

// Resources are the API's type names: "Worker" → allWorkers, _allWorkersMeta, Worker, createWorker …
const graphqlProvider = buildGraphqlProvider({
  client,
  introspection: { schema: introspectionSchema, exclude: notResources },
});

async function mapErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toHttpError(error);
  }
}

export const dataProvider: DataProvider = {
  getList: (resource, params) => mapErrors(() => graphqlProvider.getList(resource, params)),
  getOne: (resource, params) => mapErrors(() => graphqlProvider.getOne(resource, params)),
  getMany: (resource, params) => mapErrors(() => graphqlProvider.getMany(resource, params)),
  getManyReference: (resource, params) => mapErrors(() => graphqlProvider.getManyReference(resource, params)),
  create: (resource, params) =>
    mapErrors(() =>
      graphqlProvider.create(resource, {
        ...params,
        data: pickArguments(params.data, mutationArgumentNames(`create${resource}`)),
      }),
    ),
  update: (resource, params) =>
    mapErrors(() =>
      graphqlProvider.update(resource, {
        ...params,
        data: changedArguments(params.data, params.previousData ?? {}, mutationArgumentNames(`update${resource}`)),
      }),
    ),
  updateMany: (resource, params) => mapErrors(() => graphqlProvider.updateMany(resource, params)),
  delete: (resource, params) => mapErrors(() => graphqlProvider.delete(resource, params)),
  deleteMany: (resource, params) => mapErrors(() => graphqlProvider.deleteMany(resource, params)),
};
