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
