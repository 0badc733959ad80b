// GraphQL-over-HTTP conformance audit (issue 5): runs graphql-http's server audits against a
// running Credit Graph server, prints every result, writes them as CSV and fails when a MUST audit
// fails (status "error"). SHOULD/MAY audits that fail are "warn" and reported, not fatal.
//
// Usage: node audit.mjs [URL] [CSV]
//   URL  GraphQL endpoint (default $GRAPHQL_URL or http://127.0.0.1:8080/graphql)
//   CSV  where to write the results (default ../../bench/results-graphql-http-audit.csv)
// Needs an anonymous rate limit above the audit's burst of ~60 parallel requests
// (CREDITGRAPH_LIMITS_PUBLICREQUESTSPERSECOND); tools/graphql-http-audit.sh does all of this.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditServer } from 'graphql-http';

const here = dirname(fileURLToPath(import.meta.url));
const url = process.argv[2] ?? process.env.GRAPHQL_URL ?? 'http://127.0.0.1:8080/graphql';
const csvPath = resolve(process.argv[3] ?? resolve(here, '../../bench/results-graphql-http-audit.csv'));

const results = await auditServer({ url });

const order = { error: 0, warn: 1, notice: 2, ok: 3 };
const rows = results
  .map((r) => ({
    id: r.id,
    requirement: r.name.split(' ', 1)[0],
    name: r.name,
    status: r.status,
    reason: r.status === 'ok' ? '' : oneLine(r.reason),
    httpStatus: r.response ? r.response.status : '',
  }))
  .sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));

for (const r of rows) {
  const mark = { ok: 'ok    ', warn: 'WARN  ', notice: 'notice', error: 'ERROR ' }[r.status];
  console.log(`${mark} ${r.id} ${r.name}${r.reason ? `\n         -> ${r.reason}` : ''}`);
}

const counts = {};
for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
const byRequirement = {};
for (const r of rows) {
  const k = `${r.requirement} ${r.status}`;
  byRequirement[k] = (byRequirement[k] ?? 0) + 1;
}
console.log(
  `\n${rows.length} audits against ${url}: ` +
    ['ok', 'notice', 'warn', 'error'].map((s) => `${counts[s] ?? 0} ${s}`).join(', '),
);
console.log(
  Object.entries(byRequirement)
    .sort()
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n'),
);

mkdirSync(dirname(csvPath), { recursive: true });
const csv = ['id,requirement,status,http_status,name,reason']
  .concat(rows.map((r) => [r.id, r.requirement, r.status, r.httpStatus, r.name, r.reason].map(csvField).join(',')))
  .join('\n');
writeFileSync(csvPath, csv + '\n');
console.log(`results written to ${csvPath}`);

const mustFailures = rows.filter((r) => r.status === 'error');
if (mustFailures.length > 0) {
  console.error(`${mustFailures.length} MUST audit(s) failed`);
  process.exit(1);
}

function oneLine(text) {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}

function csvField(value) {
  const s = String(value ?? '');
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
