// /locations (reference §3.6): admin tokens only; `name` matches as case-insensitive contains.
import { Router } from 'express';
import { checkOrgId, requireAdmin } from '../auth.js';
import type { RouteContext } from '../context.js';
import { notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { queryString } from '../query.js';
import { locationView } from '../views.js';

export function locationsRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { store } = ctx;

  router.use('/locations', requireAdmin);

  router.get('/locations', (req, res) => {
    checkOrgId(req, res);
    const name = queryString(req, 'name')?.toLowerCase();
    const id = queryString(req, 'id');
    const locations = [...store.locations.values()].filter(
      (l) => (!name || l.name.toLowerCase().includes(name)) && (!id || l.id === id),
    );
    const page = paginate(req, res, locations, { defaultMax: 500 }, ctx.page);
    res.json({ items: page.map(locationView) });
  });

  router.get('/locations/:locationId', (req, res) => {
    checkOrgId(req, res);
    const location = store.locations.get(req.params.locationId);
    if (!location) throw notFound('Location not found.');
    res.json(locationView(location));
  });

  return router;
}
