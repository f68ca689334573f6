// A few DOM helpers; text always goes in as text, never as HTML.

/** An element: h('li', { class: 'x', dataset: { id: 1 } }, 'text', child). */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) {
      continue;
    }

    if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'style') {
      Object.assign(el.style, value);
    } else if (key.startsWith('on')) {
      el.addEventListener(key.slice(2), value);
    } else {
      el.setAttribute(key, value === true ? '' : value);
    }
  }

  el.append(...children.flat().filter((c) => c != null && c !== false).map((c) => (c instanceof Node ? c : String(c))));
  return el;
}

/** Sets textContent only when it changed (cheap enough to call on every update). */
export function setText(el, text) {
  const value = String(text);
  if (el.textContent !== value) {
    el.textContent = value;
  }
}

/** Sets an attribute only when it changed. */
export function setAttr(el, name, value) {
  const text = String(value);
  if (el.getAttribute(name) !== text) {
    el.setAttribute(name, text);
  }
}

/**
 * The first element matching selector (under root); the screens' pages hold every element they look up.
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {any}
 */
export const $ = (selector, root = document) => root.querySelector(selector);
