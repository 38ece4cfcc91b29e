import { getFetchClient } from '@strapi/strapi/admin';

/**
 * The fetch client for every call the plugin's pages make (the admin's token, its 401 refresh and
 * its error shape). Not `useFetchClient`: that one aborts a component's requests when the component
 * unmounts, and react-query keeps the query function a component gave it. A later refetch of that
 * query (an invalidation after a mutation on another page) then ran the gone component's aborted
 * client and failed without reaching the network, and react-query logs each such AbortError to the
 * browser console. A request that finishes after its page is gone only fills react-query's cache.
 */
let client: ReturnType<typeof getFetchClient> | undefined;

/** Made on first use: `getFetchClient` reads `window.strapi.backendURL`, set after plugins load. */
export const useFetch = () => (client ??= getFetchClient());
