// The sandbox's API under /api/sandbox. A call never throws: a host that does not answer comes back as status 0 with an
// error to show.

export const api = (path) => `/api/sandbox${path}`;

export async function call(path, body) {
  const init = body === undefined
    ? { headers: { Accept: 'application/json' } }
    : { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) };
  try {
    const response = await fetch(api(path), init);
    let data = null;
    try { data = await response.json(); } catch { data = null; }
    return { ok: response.ok, status: response.status, data };
  } catch (error) {
    return { ok: false, status: 0, data: { error: `The sandbox did not answer (${error.message}). Is it still running?` } };
  }
}
