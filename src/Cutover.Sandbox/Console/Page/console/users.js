// Who is at the keyboard: the "You are" selector (remembered in this browser), and private lines shown only to that user.
import { call } from './api.js';
import { $, el } from './dom.js';

const remembered = 'cutover.sandbox.user';
let user = null;

export const currentUser = () => user;

export async function loadUsers() {
  const result = await call('/users');
  if (!result.ok) return;
  const users = result.data.users;
  const select = $('user');
  select.replaceChildren(...users.map((u) => el('option', { value: u.id, text: `${u.id} (${u.role})` })));
  const saved = localStorage.getItem(remembered);
  user = users.some((u) => u.id === saved) ? saved : users[0]?.id ?? null;
  select.value = user;
  select.addEventListener('change', () => {
    user = select.value;
    localStorage.setItem(remembered, user);
    applyEphemeralVisibility();
  });
}

export function applyEphemeralVisibility() {
  for (const item of document.querySelectorAll('.ephemeral, .sending')) item.hidden = item.dataset.user !== user;
}
