// The six paging group operations under /telephony/config (reference §2). Admin tokens only.
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { checkOrgId, requireAdmin } from '../auth.js';
import type { RouteContext } from '../context.js';
import { notFound } from '../errors.js';
import { pagingGroupId } from '../ids.js';
import { paginate } from '../pagination.js';
import { type PagingChanges, validatePagingBody } from '../paging-validation.js';
import { queryString } from '../query.js';
import type { LocationRecord, PagingGroupRecord } from '../records.js';
import { availableNumberView, pagingDetailsView, pagingListItemView } from '../views.js';

export function telephonyPagingRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { store } = ctx;
  router.use('/telephony', requireAdmin, (req, res, next) => {
    checkOrgId(req, res);
    next();
  });

  const locationOr404 = (locationId: string): LocationRecord => {
    const location = store.locations.get(locationId);
    if (!location) throw notFound('Location not found.');
    return location;
  };
  const groupOr404 = (
    locationId: string,
    pagingId: string,
  ): { location: LocationRecord; group: PagingGroupRecord } => {
    const location = locationOr404(locationId);
    const group = store.pagingGroups.get(pagingId);
    if (!group || group.locationId !== locationId) throw notFound('Paging group not found.');
    return { location, group };
  };

  router.get('/telephony/config/paging', (req, res) => {
    const locationId = queryString(req, 'locationId');
    if (locationId) locationOr404(locationId);
    // The docs leave `name` matching unspecified; we match case-insensitive "contains".
    const name = queryString(req, 'name')?.toLowerCase();
    const phoneNumber = queryString(req, 'phoneNumber');
    const groups = [...store.pagingGroups.values()]
      .filter((g) => !locationId || g.locationId === locationId)
      .filter((g) => !name || g.name.toLowerCase().includes(name))
      .filter((g) => !phoneNumber || g.phoneNumber === phoneNumber || g.extension === phoneNumber)
      .map((g) => pagingListItemView(store, g))
      .sort((a, b) => a.name.localeCompare(b.name) || a.locationName.localeCompare(b.locationName));
    const page = paginate(req, res, groups, { defaultMax: 2000 }, ctx.page);
    res.json({ locationPaging: page });
  });

  router.get('/telephony/config/locations/:locationId/paging/availableNumbers', (req, res) => {
    const location = locationOr404(req.params.locationId);
    const wanted = queryString(req, 'phoneNumber')
      ?.split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const assigned = store.assignedNumbers();
    const numbers = location.numbers
      .filter((n) => !assigned.has(n.phoneNumber))
      .filter((n) => !wanted?.length || wanted.includes(n.phoneNumber));
    const page = paginate(req, res, numbers, { defaultMax: 2000 }, ctx.page);
    res.json({ phoneNumbers: page.map(availableNumberView) });
  });

  router.get('/telephony/config/locations/:locationId/paging/:pagingId', (req, res) => {
    res.json(pagingDetailsView(store, groupOr404(req.params.locationId, req.params.pagingId).group));
  });

  router.post('/telephony/config/locations/:locationId/paging', (req, res) => {
    const location = locationOr404(req.params.locationId);
    const changes = validatePagingBody(store, req.body, location);
    const group: PagingGroupRecord = {
      id: pagingGroupId(`created:${randomUUID()}`, store.org.enterpriseNumber),
      locationId: location.id,
      enabled: true,
      name: '',
      languageCode: 'en_us',
      originatorCallerIdEnabled: false,
      originators: [],
      targets: [],
      directLineCallerIdName: { selection: 'DISPLAY_NAME' },
    };
    applyChanges(group, changes);
    store.pagingGroups.set(group.id, group);
    res.status(201).json({ id: group.id });
  });

  router.put('/telephony/config/locations/:locationId/paging/:pagingId', (req, res) => {
    const { location, group } = groupOr404(req.params.locationId, req.params.pagingId);
    applyChanges(group, validatePagingBody(store, req.body, location, group));
    res.status(204).end();
  });

  router.delete('/telephony/config/locations/:locationId/paging/:pagingId', (req, res) => {
    const { group } = groupOr404(req.params.locationId, req.params.pagingId);
    store.pagingGroups.delete(group.id);
    res.status(204).end();
  });

  return router;
}

/** Omitted fields stay; arrays replace; dialByName null clears. The ESN follows the extension (views.ts). */
function applyChanges(group: PagingGroupRecord, changes: PagingChanges): void {
  const { dialByName, ...rest } = changes;
  Object.assign(group, rest);
  if (dialByName === null) delete group.dialByName;
  else if (dialByName !== undefined) group.dialByName = dialByName;
}
