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

// A name from the shipped tables (GB/T 2260, GB/T 4754) with its code after it; the code alone when
// no name is known.
export function namedCode(name, code) {
  if (!code) return '';
  return name ? `${name}（${code}）` : code;
}
