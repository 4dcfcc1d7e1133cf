// The fault panel: one click makes the emulator misbehave on the paging API, so the bot's retries and error
// replies can be watched. The list shows what the emulator reports as active.
import { h } from './dom.js';

const PAGING = '/telephony/config/paging';

export const FAULT_PRESETS = {
  'rate-limit': { path: PAGING, status: 429, retryAfter: '2', times: 1 },
  unavailable: { path: PAGING, status: 503, times: 3 },
  latency: { path: PAGING, latencyMs: 1500 },
};

/** `fault` as GET /_emulator/faults lists it; `remaining` is null for a fault without a limit. */
function describe(fault) {
  const what = [];
  if (fault.status)
    what.push(`${fault.status}${fault.retryAfter ? ` (Retry-After ${fault.retryAfter})` : ''}`);
  if (fault.latencyMs) what.push(`+${fault.latencyMs} ms`);
  if (fault.drop) what.push('dropped connection');
  const times = fault.remaining === null ? 'every time' : `${fault.remaining}× left`;
  const path = fault.path ?? `/${fault.pathRegex}/`;
  return `${fault.method ?? 'any'} ${path}: ${what.join(', ') || 'no effect'}, ${times}`;
}

export function createFaultPanel({ api, list, buttons, report }) {
  async function refresh() {
    try {
      const faults = (await api.faults()).items;
      list.replaceChildren(
        ...(faults.length
          ? faults.map((f) => h('li', { text: describe(f) }))
          : [h('li', { class: 'none', text: 'None' })]),
      );
    } catch (err) {
      report(`Could not read the faults: ${err.message}`);
    }
  }

  for (const button of buttons) {
    button.addEventListener('click', async () => {
      const kind = button.dataset.fault;
      try {
        if (kind === 'clear') await api.clearFaults();
        else await api.addFault(FAULT_PRESETS[kind]);
        report(kind === 'clear' ? 'Faults cleared.' : `Fault added: ${button.textContent}.`);
      } catch (err) {
        report(`Fault not changed: ${err.message}`);
      }
      await refresh();
    });
  }
  return { refresh };
}
