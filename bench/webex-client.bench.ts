// Listing paging groups through Link pagination against the emulator (small pages force many round trips).
import { afterAll, bench, describe } from 'vitest';
import { startEmulator } from '../src/emulator/index.js';
import { createAdminApi } from '../src/webex/admin-api.js';

const emulator = await startEmulator({ port: 0, pageCap: 2 });
const admin = createAdminApi({ baseUrl: emulator.apiUrl, token: emulator.adminToken });

afterAll(async () => {
  await admin.close();
  await emulator.close();
});

describe('webex client', () => {
  bench('paging.list over pages of 2', async () => {
    await admin.paging.list();
  });
  bench('paging.list + details of every group', async () => {
    const groups = await admin.paging.list();
    await Promise.all(groups.map((g) => admin.paging.get(g.locationId, g.id)));
  });
});
