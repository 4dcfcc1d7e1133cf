// Paging agents shared by the paging tests.
import type { PagingAgent } from '../../src/webex/types.js';

/** A person with every number a query can match: extension, phone number and ESN. */
export const alice: PagingAgent = {
  id: 'p-alice',
  firstName: 'Alice',
  lastName: 'Smith',
  type: 'PEOPLE',
  phoneNumber: '+15558675311',
  extension: '7782',
  esn: '5677782',
};
