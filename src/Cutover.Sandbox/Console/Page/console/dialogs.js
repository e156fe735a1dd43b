// The two questions a button can ask first: "are you sure?" and "why reject?". Each resolves when its dialog closes.
import { $ } from './dom.js';

export function confirmAction(confirm) {
  const dialog = $('confirm-dialog');
  $('confirm-title').textContent = confirm.title;
  $('confirm-text').textContent = confirm.text;
  $('confirm-ok').textContent = confirm.confirm;
  $('confirm-deny').textContent = confirm.deny;
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
  });
}

export function askReason() {
  const dialog = $('reject-dialog');
  const reason = $('reject-reason');
  reason.value = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' && reason.value.trim() ? reason.value.trim() : null), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    reason.focus();
  });
}
