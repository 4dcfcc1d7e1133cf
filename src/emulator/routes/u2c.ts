// U2C service catalog (framework-notes): a token shaped A_B_ORGID makes the Webex SDK fetch
// /limited/catalog (no auth) and then /catalog; both only need to point `hydra` at our /v1.
import { Router } from 'express';
import { identify } from '../auth.js';
import { ApiError, STATUS_MESSAGES } from '../errors.js';
import type { EmulatorStore } from '../store.js';

export function u2cRoutes(store: EmulatorStore, apiUrl: string): Router {
  const router = Router();
  const catalog = () => ({ serviceLinks: { hydra: `${apiUrl}/` }, hostCatalog: {} });

  router.get('/limited/catalog', (_req, res) => {
    res.json(catalog());
  });

  router.get('/catalog', (req, res) => {
    // A token, when sent, must be known; the SDK may also call this without one.
    if (req.get('Authorization') && !identify(store, req, res)) {
      throw new ApiError(401, STATUS_MESSAGES[401] ?? 'Unauthorized');
    }
    res.json(catalog());
  });

  return router;
}
