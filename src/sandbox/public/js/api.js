// Talks to the emulator like any Webex client: REST calls with the chosen person's token, plus the emulator's
// own control surface (/_emulator/*) for demo users and faults.

/** An error whose message is what the API said went wrong (Webex's `message`, plus the first error's description). */
function apiError(status, body) {
  const detail = body?.errors?.[0]?.description;
  return new Error(
    body?.message
      ? `${body.message}${detail && detail !== body.message ? ` (${detail})` : ''}`
      : `HTTP ${status}`,
  );
}

async function request(url, { method = 'GET', token, body } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) throw apiError(res.status, json);
  return json;
}

/** `config` is /sandbox/config.json: `{ emulatorUrl, apiUrl }`. */
export function createApi(config) {
  const api = (path, opts) => request(`${config.apiUrl}${path}`, opts);
  const control = (path, opts) => request(`${config.emulatorUrl}/_emulator${path}`, opts);
  const q = (params) => new URLSearchParams(params).toString();
  return {
    users: () => control('/users'),
    faults: () => control('/faults'),
    addFault: (fault) => control('/faults', { method: 'POST', body: fault }),
    clearFaults: () => control('/faults', { method: 'DELETE' }),
    eventsUrl: `${config.emulatorUrl}/_emulator/events`,

    rooms: (token) => api(`/rooms?${q({ max: 100, sortBy: 'lastactivity' })}`, { token }),
    memberships: (token, roomId) => api(`/memberships?${q({ roomId, max: 100 })}`, { token }),
    messages: (token, roomId) => api(`/messages?${q({ roomId, max: 100 })}`, { token }),
    person: (token, id) => api(`/people/${encodeURIComponent(id)}`, { token }),
    send: (token, message) => api('/messages', { method: 'POST', token, body: message }),
    submit: (token, messageId, inputs) =>
      api('/attachment/actions', { method: 'POST', token, body: { type: 'submit', messageId, inputs } }),
  };
}
