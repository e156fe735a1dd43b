// Lines only one user sees: Cutover's private replies, errors, and a command still being handled.
import { card } from './cards.js';
import { $, el } from './dom.js';
import { applyEphemeralVisibility } from './users.js';

export function showEphemeral(view, user) {
  const item = el('li', { class: 'ephemeral', 'data-user': user },
    el('p', { class: 'only', text: `Only visible to ${user}` }), card(view, { ephemeral: true }));
  $('messages').append(item);
  applyEphemeralVisibility();
  item.scrollIntoView({ block: 'nearest' });
}

export function showError(text, user) {
  showEphemeral({ id: 'error', author: 'Cutover', status: 'failure', postedAt: new Date().toISOString(), title: 'That did not work',
    text, fields: [], actions: [], mentions: [], revision: 1 }, user);
}

export function showSending(text, user) {
  const item = el('li', { class: 'sending', 'data-user': user, 'aria-busy': 'true' },
    el('p', { class: 'only', text: `Sent by ${user}` }),
    el('p', { class: 'sent' }, el('code', { text })),
    el('p', { class: 'progress', role: 'status', text: 'Cutover is handling it…' }));
  $('messages').append(item);
  applyEphemeralVisibility();
  item.scrollIntoView({ block: 'nearest' });
  return item;
}
