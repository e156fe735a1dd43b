// How one message looks: Cutover's cards (title, text, fields, mentions, buttons) and the line a user typed.
import { el, utc } from './dom.js';

function fieldValue(value) {
  const lines = value.split('\n');
  if (lines.length > 1 && lines.every((line) => line.includes(' · '))) {
    return el('table', {}, el('tbody', {}, lines.map((line) => el('tr', {}, line.split(' · ').map((cell) => el('td', { text: cell }))))));
  }
  if (lines.length > 1) return el('ul', {}, lines.map((line) => el('li', { text: line.replace(/^• /, '') })));
  if (value.includes(' · ')) {
    return el('table', {}, el('tbody', {}, el('tr', {}, value.split(' · ').map((cell) => el('td', { text: cell })))));
  }
  return document.createTextNode(value);
}

/**
 * A card. A private (ephemeral) card has no id and no buttons; otherwise each button calls
 * onAction(action, button, article).
 */
export function card(view, { ephemeral = false, onAction } = {}) {
  const id = ephemeral ? null : `msg-${view.id}`;
  const titleId = id ? `${id}-title` : null;
  const article = el('article', { class: `msg status-${view.status}`, id, 'aria-labelledby': titleId, 'data-revision': view.revision });
  article.append(el('header', {},
    el('span', { class: 'author', text: view.author }),
    el('time', { datetime: view.postedAt, text: utc(view.postedAt) }),
    view.editedAt ? el('span', { class: 'edited', text: `(edited ${utc(view.editedAt)})` }) : null,
    el('span', { class: 'state', text: view.status })));
  if (view.title) article.append(el('h3', { class: 'title', id: titleId, text: view.title }));
  if (view.text) article.append(el('p', { class: 'text', text: view.text }));
  if (view.fields.length) {
    article.append(el('dl', { class: 'fields' }, view.fields.flatMap((f) => [el('dt', { text: f.label }), el('dd', {}, fieldValue(f.value))])));
  }
  if (view.image) article.append(el('img', { class: 'chart', src: view.image.src, alt: view.image.alt, width: 800, height: 880 }));
  if (view.mentions.length) article.append(el('p', { class: 'mentions', text: `cc ${view.mentions.map((m) => `@${m}`).join(' ')}` }));
  if (view.actions.length && !ephemeral) {
    article.append(el('div', { class: 'actions', role: 'group', 'aria-label': view.title },
      view.actions.map((action) => el('button', {
        type: 'button',
        class: action.style,
        'data-action': action.actionId,
        'data-payload': action.payload,
        onclick: (event) => onAction(action, event.currentTarget, article),
      }, action.label))));
  }
  return article;
}

export function typedLine(view) {
  return el('p', { class: 'typed', id: `msg-${view.id}` },
    el('span', { class: 'author', text: view.author }), ' typed ', el('code', { text: view.text }), ' ',
    el('time', { datetime: view.postedAt, class: 'muted', text: utc(view.postedAt) }));
}
