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
    throw Object.assign(new Error(code ? `${code}: ${e.message}` : e.message), { code });
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return body.data;
}

/**
 * Click handler for an export link: without a key the browser follows the link as an anonymous caller; with one the
 * file is fetched with the X-API-Key header (a link cannot send headers, and keys never go into URLs) and saved.
 */
export function downloadWithKey(onError) {
  return async (event) => {
    const key = apiKey();
    if (!key) return;
    event.preventDefault();
    try {
      const response = await fetch(event.currentTarget.href, { headers: { 'X-API-Key': key } });
      if (!response.ok) {
        const error = (await response.json().catch(() => ({}))).errors?.[0];
        throw new Error(error ? `${error.extensions?.code}: ${error.message}` : `HTTP ${response.status}`);
      }
      const disposition = response.headers.get('Content-Disposition') ?? '';
      const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export.csv';
      const url = URL.createObjectURL(await response.blob());
      const save = Object.assign(document.createElement('a'), { href: url, download: name });
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      onError(e);
    }
  };
}
