// Request-body checks shared by the routes: the body must be a JSON object; optional fields must be strings.
import { badRequest } from './errors.js';

export type JsonObject = Record<string, unknown>;

/** The request body as an object; anything else (missing, array, scalar) is a 400. */
export function jsonObject(input: unknown): JsonObject {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw badRequest('Body must be a JSON object.');
  return input as JsonObject;
}

/** A field that may be absent or null; when present it must be a string. */
export function optionalString(body: JsonObject, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`${field} must be a string.`);
  return value;
}
