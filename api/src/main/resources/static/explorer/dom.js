// Small DOM helpers: every value from the API goes in as text, never as HTML.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function enterpriseHref(uscc) {
  return `/enterprise/${encodeURIComponent(uscc)}`;
}

export function personHref(id) {
  return `/person/${encodeURIComponent(id)}`;
}

export function subjectHref(subject) {
  return subject.__typename === 'Person' ? personHref(subject.id) : enterpriseHref(subject.id);
}

export function penaltyHref(key) {
  return `/penalty/${encodeURIComponent(key)}`;
}

export function accidentHref(accidentNumber) {
  return `/accident/${encodeURIComponent(accidentNumber)}`;
}

export function listingHref(key) {
  return `/listing/${encodeURIComponent(key)}`;
}

export function authorityHref(uscc) {
  return `/authority/${encodeURIComponent(uscc)}`;
}

/** The parts that are there, with a separator between them. */
export function joined(parts, separator = ' · ') {
  return parts.filter((p) => p != null && p !== '' && p !== false)
    .flatMap((p, i) => (i ? [separator, p] : [p]));
}

// A name from the shipped tables (GB/T 2260, GB/T 4754) with its code in a tooltip; the code alone when
// no name is known.
export function namedCode(name, code) {
  if (!code) return '';
  return name ? el('span', { title: code, class: 'coded', 'data-code': code }, name) : code;
}

/** An amount in 元 (a decimal string) as 万元 with thousands separators: 55000 → "5.5", 123456789 → "12,345.6789". */
export function wan(yuan) {
  if (yuan == null || yuan === '') return '';
  const n = Number(yuan) / 10000;
  return Number.isFinite(n) ? n.toLocaleString('zh-CN', { maximumFractionDigits: 4 }) : String(yuan);
}

/** A yyyy-MM-dd date in the reader's terms: today in the browser. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Saves text as a file (a chart's data as CSV, with a BOM so that spreadsheet programs read UTF-8). */
export function saveText(name, text, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** One CSV field, quoted when needed. */
export function csvField(value) {
  const s = value == null ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
