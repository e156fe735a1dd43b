// The channel: messages as threads (a root, its replies, and the run's audit button), kept current from the live feed.
import { openAudit, scheduleAudit } from './audit.js';
import { card, typedLine } from './cards.js';
import { clickAction } from './commands.js';
import { $, el } from './dom.js';

const messages = new Map();

function render(view) {
  return view.kind === 'user' ? typedLine(view) : card(view, { onAction: clickAction });
}

function threadItem(root) {
  const item = el('li', { class: 'thread', id: `thread-${root.id}`, 'data-root': root.id });
  item.append(render(root));
  item.append(el('ol', { class: 'replies', 'aria-label': 'Replies' }));
  item.append(el('div', { class: 'thread-tools' }));
  return item;
}

function refreshThreadTools(rootId) {
  const item = $(`thread-${rootId}`);
  if (!item) return;
  const run = [...messages.values()].find((m) => (m.id === rootId || m.threadId === rootId) && m.runId)?.runId;
  const tools = item.querySelector('.thread-tools');
  if (!run || tools.dataset.run === String(run)) return;
  tools.dataset.run = String(run);
  tools.replaceChildren(
    el('span', { text: `Run ${run}` }),
    el('button', { type: 'button', class: 'audit-button', onclick: () => openAudit(run) }, `Audit run ${run}`));
}

export function addMessage(view) {
  messages.set(view.id, view);
  const list = $('messages');
  const root = view.threadId ? $(`thread-${view.threadId}`) : null;
  if (root) {
    root.querySelector('.replies').append(el('li', {}, render(view)));
    refreshThreadTools(view.threadId);
  } else {
    list.append(threadItem(view));
    refreshThreadTools(view.id);
  }
  scheduleAudit();
}

export function updateMessage(view) {
  messages.set(view.id, view);
  const old = $(`msg-${view.id}`);
  if (!old) { addMessage(view); return; }
  const focused = old.contains(document.activeElement);
  const fresh = render(view);
  old.replaceWith(fresh);
  if (focused) {
    fresh.setAttribute('tabindex', '-1');
    fresh.focus();
  }
  scheduleAudit();
}

export function resetMessages(snapshot) {
  messages.clear();
  $('messages').replaceChildren();
  for (const view of snapshot) addMessage(view);
}
