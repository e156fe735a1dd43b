// What a user does: send a command from the box, or click a button on a card.
import { call } from './api.js';
import { askReason, confirmAction } from './dialogs.js';
import { $ } from './dom.js';
import { showEphemeral, showError, showSending } from './private.js';
import { currentUser } from './users.js';

const reject = 'runbook.reject-step';

// Like a chat client: the box clears as soon as the command is sent, and the sender sees it is being handled until
// Cutover answers. If the command could not be delivered, its text comes back to the box to fix or resend.
export async function send(event) {
  event.preventDefault();
  const input = $('command');
  const text = input.value.trim();
  const user = currentUser();
  if (!text || !user) return;
  input.value = '';
  const sending = showSending(text, user);
  const result = await call('/command', { user, text });
  sending.remove();
  if (result.ok) {
    if (result.data.reply) showEphemeral(result.data.reply, user);
  } else {
    showError(result.data?.error ?? `The sandbox answered ${result.status}.`, user);
    if (result.status === 0 && !input.value) input.value = text;
  }
  input.focus();
}

export async function clickAction(action, button, article) {
  let reason = null;
  if (action.actionId === reject) {
    reason = await askReason();
    if (reason === null) return;
  } else if (action.confirm && !(await confirmAction(action.confirm))) {
    return;
  }
  const user = currentUser();
  const buttons = [...article.querySelectorAll('.actions button')];
  buttons.forEach((b) => { b.disabled = true; });
  const result = await call('/click', { user, actionId: action.actionId, payload: action.payload, reason });
  buttons.forEach((b) => { b.disabled = false; });
  if (!result.ok) showError(result.data?.error ?? `The sandbox answered ${result.status}.`, user);
  else if (result.data.reply) showEphemeral(result.data.reply, user);
  if (document.body.contains(button)) button.focus();
}
