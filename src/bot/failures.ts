/** What any Webex API failure looks like from here (WebexApiError and the SDK's errors both fit). */
interface ApiFailure {
  status?: number;
  code?: string;
  trackingId?: string;
}

export interface FailureReply {
  title: string;
  detail: string;
  trackingId?: string;
}

/** Turns a failure into words a person can act on; never a stack trace. */
export function describeFailure(err: unknown): FailureReply {
  const failure = (typeof err === 'object' && err !== null ? err : {}) as ApiFailure;
  const trackingId = typeof failure.trackingId === 'string' ? failure.trackingId : undefined;
  const status = typeof failure.status === 'number' ? failure.status : undefined;
  if (status === 401) {
    return {
      title: 'The admin token was refused',
      detail:
        'Webex says the admin token is invalid or expired. Ask the bot owner to renew WEBEX_ADMIN_TOKEN.',
      trackingId,
    };
  }
  if (status === 403) {
    return {
      title: 'Not allowed to read paging groups',
      detail:
        'The admin token lacks spark-admin:telephony_config_read (or its owner is not a full, read-only or location administrator). Ask the bot owner to fix WEBEX_ADMIN_TOKEN.',
      trackingId,
    };
  }
  if (status === 404) {
    return { title: 'Not found', detail: 'Webex could not find that paging group.', trackingId };
  }
  if (
    status === 429 ||
    (status !== undefined && status >= 500) ||
    failure.code === 'TIMEOUT' ||
    failure.code === 'NETWORK'
  ) {
    return { title: 'Webex is busy', detail: 'Webex is busy right now, try again in a minute.', trackingId };
  }
  return {
    title: 'Something went wrong',
    detail: 'I could not complete that request. Try again, and if it keeps failing tell the bot owner.',
    trackingId,
  };
}
