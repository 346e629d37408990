import { beforeAll, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/diagnostics/types.js';
import { VOIPBIN_PAGINATION } from '../../generator/ir/passes/detect-pagination.js';
import type { NamingStrategy } from '../../generator/ir/passes/name-operations.js';
import { VOIPBIN_AUTH } from '../../generator/ir/passes/resolve-auth.js';
import { buildApiIR } from '../../generator/ir/pipeline.js';
import type { ApiIR } from '../../generator/ir/types.js';
import { loadSpec, type LoadedSpec } from '../../generator/load/load-spec.js';
import { describeWithShared, REAL_SPEC } from '../support/shared.js';
import { byLabel, sdkName } from '../support/ir-fixture.js';

/**
 * Real operations → SDK name (`resource.path.rawName`) with the default
 * `path` strategy, each derived from the rules in name-operations.ts.
 */
const PATH_NAMES: [string, string][] = [
  // CRUD
  ['GET /calls', 'calls.list'],
  ['POST /calls', 'calls.create'],
  ['GET /calls/{id}', 'calls.get'],
  ['DELETE /calls/{id}', 'calls.delete'],
  ['PUT /agents/{id}', 'agents.update'],
  ['GET /speakings', 'speakings.list'], // not paginated, but returns an array
  ['GET /me', 'me.get'],
  ['GET /customer', 'customer.get'],
  ['GET /recordingfiles/{id}', 'recordingfiles.get'],
  // actions
  ['POST /calls/{id}/hangup', 'calls.hangup'],
  ['POST /calls/{id}/hold', 'calls.hold'],
  ['DELETE /calls/{id}/hold', 'calls.unhold'],
  ['DELETE /calls/{id}/mute', 'calls.unmute'],
  ['POST /calls/{id}/recording_start', 'calls.recording_start'],
  ['GET /calls/{id}/media_stream', 'calls.get_media_stream'],
  ['POST /auth/unregister', 'auth.unregister'],
  ['DELETE /auth/unregister', 'auth.cancel_unregister'],
  ['PUT /agents/{id}/status', 'agents.update_status'],
  ['POST /agents/{id}/direct-hash-regenerate', 'agents.direct-hash-regenerate'],
  ['GET /contacts/lookup', 'contacts.get_lookup'],
  ['GET /contact_cases/unresolved', 'contact_cases.list_unresolved'],
  ['POST /numbers/renew', 'numbers.renew'],
  ['PUT /billing_account/payment_info', 'billing_account.update_payment_info'],
  ['GET /timelines/calls/{call_id}/pcap', 'timelines.calls.get_pcap'],
  // sub-resources
  ['GET /conversations/{id}/messages', 'conversations.messages.list'],
  ['POST /conversations/{id}/messages', 'conversations.messages.create'],
  ['GET /ais/{id}/prompt_histories', 'ais.prompt_histories.list'],
  ['GET /ais/{id}/prompt_histories/{history_id}', 'ais.prompt_histories.get'],
  ['DELETE /rags/{id}/sources/{source_id}', 'rags.sources.delete'],
  ['GET /timelines/{resource_type}/{resource_id}/events', 'timelines.events.list'],
  ['POST /queuecalls/reference_id/{id}/kick', 'queuecalls.reference_id.kick'],
  // the service_agents namespace
  ['GET /service_agents/calls', 'service_agents.calls.list'],
  ['GET /service_agents/calls/{id}', 'service_agents.calls.get'],
  ['POST /service_agents/contacts/{id}/tags', 'service_agents.contacts.tags.create'],
  ['DELETE /service_agents/contacts/{id}/tags/{tag_id}', 'service_agents.contacts.tags.delete'],
  ['PUT /service_agents/contacts/{id}/addresses/{address_id}', 'service_agents.contacts.addresses.update'],
  ['GET /service_agents/contacts/lookup', 'service_agents.contacts.get_lookup'],
  ['GET /service_agents/customer', 'service_agents.customer.get'],
  ['PUT /service_agents/me/password', 'service_agents.me.update_password'],
  ['GET /service_agents/conversations/{id}/messages', 'service_agents.conversations.messages.list'],
  ['POST /service_agents/conversations/{id}/unassign', 'service_agents.conversations.unassign'],
  ['GET /service_agents/contact_cases/{id}/notes', 'service_agents.contact_cases.notes.list'],
  ['GET /service_agents/files/{id}/file', 'service_agents.files.get_file'],
  ['GET /service_agents/talk_chats/{id}/participants', 'service_agents.talk_chats.participants.list'],
  ['DELETE /service_agents/talk_chats/{id}/participants/{participant_id}', 'service_agents.talk_chats.participants.delete'],
];

/** The five operations with operationIds: [label, operationId, path-strategy name, operationId-strategy name]. */
const WITH_OPERATION_IDS: [string, string, string, string][] = [
  ['POST /auth/boot', 'postAuthBoot', 'auth.boot', 'auth.postAuthBoot'],
  ['POST /auth/password-forgot', 'postAuthPasswordForgot', 'auth.password-forgot', 'auth.postAuthPasswordForgot'],
  // `/auth` has no operations of its own and `/auth/password-reset` has a GET: a resource, like /service_agents/customer.
  ['GET /auth/password-reset', 'getAuthPasswordReset', 'auth.password-reset.get', 'auth.password-reset.getAuthPasswordReset'],
  ['POST /auth/password-reset', 'postAuthPasswordReset', 'auth.password-reset.create', 'auth.password-reset.postAuthPasswordReset'],
  [
    'POST /billing_account/paddle_portal_session',
    'postBillingAccountPaddlePortalSession',
    'billing_account.paddle_portal_session',
    'billing_account.postBillingAccountPaddlePortalSession',
  ],
];

describeWithShared('names of the real VoIPBIN operations', () => {
  let spec: LoadedSpec;
  const built = {} as Record<NamingStrategy, { ir: ApiIR; diagnostics: Diagnostic[] }>;

  beforeAll(async () => {
    const loaded = await loadSpec(REAL_SPEC);
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
    spec = loaded.spec;
    for (const naming of ['path', 'operationId'] as const) {
      built[naming] = buildApiIR(spec, { naming, pagination: VOIPBIN_PAGINATION, defaultAuth: VOIPBIN_AUTH });
    }
  });

  const nameOf = (naming: NamingStrategy, label: string): string => {
    const operation = byLabel(built[naming].ir.operations).get(label);
    if (!operation) throw new Error(`${label} is not in the spec`);
    return sdkName(operation);
  };

  it.each(PATH_NAMES)('%s → %s (both strategies: it has no operationId)', (label, expected) => {
    expect(nameOf('path', label)).toBe(expected);
    expect(nameOf('operationId', label)).toBe(expected);
  });

  it.each(WITH_OPERATION_IDS)('%s (%s) → %s, or %s by operationId', (label, operationId, byPath, byOperationId) => {
    expect(byLabel(built.path.ir.operations).get(label)?.operationId).toBe(operationId);
    expect(nameOf('path', label)).toBe(byPath);
    expect(nameOf('operationId', label)).toBe(byOperationId);
  });

  it('has exactly these five operationIds, and the strategies differ only on them', () => {
    const withIds = built.path.ir.operations.filter((op) => op.operationId !== undefined).map((op) => `${op.method.toUpperCase()} ${op.path}`);
    expect(withIds.sort()).toEqual(WITH_OPERATION_IDS.map(([label]) => label).sort());
    const pathNames = built.path.ir.operations.map(sdkName);
    const idNames = built.operationId.ir.operations.map(sdkName);
    const differing = pathNames.map((name, index) => [name, idNames[index]]).filter(([a, b]) => a !== b);
    expect(differing).toHaveLength(5);
  });

  it('gives all 410 operations distinct names without collisions, under both strategies', () => {
    for (const naming of ['path', 'operationId'] as const) {
      const { ir, diagnostics } = built[naming];
      expect(ir.operations).toHaveLength(410);
      expect(new Set(ir.operations.map(sdkName)).size).toBe(410);
      expect(diagnostics.filter((d) => d.code === 'operation-name-collision')).toEqual([]);
    }
  });

  it('nests service_agents resources under a namespace without operations of its own', () => {
    const serviceAgents = built.path.ir.resources.find((resource) => resource.name === 'service_agents');
    expect(serviceAgents?.operations).toEqual([]);
    const contacts = serviceAgents?.children.find((resource) => resource.name === 'contacts');
    expect(contacts?.children.map((resource) => resource.name)).toEqual(['addresses', 'tags']);
  });
});
