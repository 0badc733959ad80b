// The public GraphQL API with the caller's rights: an optional API key kept in sessionStorage.
const KEY = 'creditgraph.apiKey';

export function apiKey() {
  return sessionStorage.getItem(KEY) ?? '';
}

export function setApiKey(value) {
  if (value) sessionStorage.setItem(KEY, value); else sessionStorage.removeItem(KEY);
}

/** Runs a query; resolves to data, rejects with an Error carrying the GraphQL error message and code. */
export async function gql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const key = apiKey();
  if (key) headers['X-API-Key'] = key;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`HTTP ${response.status}`);
  }
  if (body.errors?.length) {
    const e = body.errors[0];
    const code = e.extensions?.code ?? e.extensions?.classification;
    throw new Error(code ? `${code}: ${e.message}` : e.message);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return body.data;
}
