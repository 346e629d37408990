import { describe, expect, it } from 'vitest';
import { detectErrorEnvelope } from '../../generator/ir/passes/detect-error-envelope.js';
import type { NamedSchemaIR, OperationIR, SchemaIR } from '../../generator/ir/types.js';
import { api, jsonResponse, namedSchema, operation, schema } from '../support/ir-fixture.js';

const STATUSES = ['INVALID_ARGUMENT', 'NOT_FOUND', 'ALREADY_EXISTS', 'INTERNAL', 'TEAPOT'];

function errorBody(withDetails = true, status: SchemaIR = schema.enumOf(STATUSES)): SchemaIR {
  return schema.object({
    status,
    reason: schema.string(),
    message: schema.string(),
    request_id: schema.string(),
    ...(withDetails ? { 'details?': schema.array(schema.unknown()) } : {}),
  });
}

const envelope = namedSchema('ErrorResponse', schema.object({ error: schema.ref('ErrorBody') }));
const body = namedSchema('ErrorBody', errorBody());
const notAnEnvelope = namedSchema('Problem', schema.object({ title: schema.string(), detail: schema.string() }));

function failing(path: string, statuses: Record<string, string>): OperationIR {
  const op = operation('get', path, { returns: schema.ref('Call') });
  op.responses.push(...Object.entries(statuses).map(([status, target]) => jsonResponse(status, schema.ref(target))));
  return op;
}

function detect(operations: OperationIR[], schemas: NamedSchemaIR[] = [envelope, body, notAnEnvelope]) {
  return detectErrorEnvelope(api({ schemas, operations })).errors;
}

describe('detectErrorEnvelope', () => {
  it('finds { error: { status, reason, message, request_id, details } } through refs', () => {
    const errors = detect([failing('/calls', { '400': 'ErrorResponse', '404': 'ErrorResponse' })]);
    expect(errors.envelope).toBe('#/components/schemas/ErrorResponse');
    expect(errors.fields).toEqual({
      container: 'error',
      status: 'status',
      reason: 'reason',
      message: 'message',
      requestId: 'request_id',
      details: 'details',
    });
  });

  it('reads canonical statuses from the status enum, with known HTTP codes', () => {
    const { statuses } = detect([failing('/calls', { '500': 'ErrorResponse' })]);
    expect(statuses).toEqual([
      { status: 'INVALID_ARGUMENT', http: 400 },
      { status: 'NOT_FOUND', http: 404 },
      { status: 'ALREADY_EXISTS', http: 409 },
      { status: 'INTERNAL', http: 500 },
      { status: 'TEAPOT' },
    ]);
  });

  it('follows a ref to the status enum, and leaves statuses empty for a plain string status', () => {
    const statusEnum = namedSchema('Status', schema.enumOf(['UNAVAILABLE']));
    const viaRef = namedSchema('ErrorBody', errorBody(false, schema.ref('Status')));
    const errors = detect([failing('/calls', { '503': 'ErrorResponse' })], [envelope, viaRef, statusEnum]);
    expect(errors.statuses).toEqual([{ status: 'UNAVAILABLE', http: 503 }]);
    expect(errors.fields).not.toHaveProperty('details');

    const plain = namedSchema('ErrorBody', errorBody(false, schema.string()));
    const plainErrors = detect([failing('/calls', { '400': 'ErrorResponse' })], [envelope, plain]);
    expect(plainErrors.envelope).toBe('#/components/schemas/ErrorResponse');
    expect(plainErrors.statuses).toEqual([]);
  });

  it('finds the container through allOf parts and any container name', () => {
    const composed = namedSchema('Failure', schema.intersection([schema.object({ trace: schema.string() }), schema.object({ fault: schema.ref('ErrorBody') })]));
    const errors = detect([failing('/calls', { '400': 'Failure' })], [composed, body]);
    expect(errors.envelope).toBe('#/components/schemas/Failure');
    expect(errors.fields?.container).toBe('fault');
  });

  it('prefers the schema most error responses use, skipping ones without the envelope shape', () => {
    const operations = [
      failing('/a', { '400': 'Problem', '404': 'Problem', '500': 'Problem' }),
      failing('/b', { '400': 'ErrorResponse' }),
    ];
    expect(detect(operations).envelope).toBe('#/components/schemas/ErrorResponse');

    const second = namedSchema('OtherError', schema.object({ error: schema.ref('ErrorBody') }));
    const voted = [failing('/a', { '400': 'OtherError', '404': 'OtherError' }), failing('/b', { '400': 'ErrorResponse' })];
    expect(detect(voted, [envelope, second, body]).envelope).toBe('#/components/schemas/OtherError');
  });

  it('breaks a tie between equally used envelopes by pointer', () => {
    const second = namedSchema('AnError', schema.object({ error: schema.ref('ErrorBody') }));
    const tied = [failing('/a', { '400': 'ErrorResponse' }), failing('/b', { '400': 'AnError' })];
    expect(detect(tied, [envelope, second, body]).envelope).toBe('#/components/schemas/AnError');
  });

  it('ignores 2xx, 4XX/default and inline error schemas', () => {
    const op = operation('get', '/calls', { returns: schema.ref('ErrorResponse') });
    op.responses.push(jsonResponse('4XX', schema.ref('ErrorResponse')), jsonResponse('default', schema.ref('ErrorResponse')));
    op.responses.push(jsonResponse('400', errorBody()));
    const input = api({ schemas: [envelope, body], operations: [op] });
    const result = detectErrorEnvelope(input);
    expect(result.errors).toEqual({ statuses: [], reasons: [] });
    expect(result).toBe(input);
  });

  it('leaves the error model alone when no candidate has the envelope shape', () => {
    const errors = detect([failing('/a', { '400': 'Problem' })]);
    expect(errors.envelope).toBeUndefined();
    expect(errors.fields).toBeUndefined();
  });
});
