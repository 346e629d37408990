import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A small multi-file spec: the root pulls in a path file, which refers (through
 * the root) to a schema that lives in a third file. `Call` and `call` both
 * become the type name Call, which is a warning.
 */
const FILES: Record<string, string> = {
  'api/openapi.yaml': `openapi: 3.0.3
info:
  title: Tiny
  version: '1'
paths:
  /calls/{id}:
    $ref: './paths/calls-id.yaml'
components:
  schemas:
    Call:
      $ref: './schemas/call.yaml'
    call:
      type: object
      properties:
        name:
          type: string
`,
  'api/paths/calls-id.yaml': `get:
  summary: Get a call
  parameters:
    - name: id
      in: path
      required: true
      schema:
        type: string
  responses:
    '200':
      description: The call.
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Call'
`,
  'api/schemas/call.yaml': `type: object
properties:
  id:
    type: string
`,
  'api/reasons.json': JSON.stringify({ reasons: [{ reason: 'CALL_NOT_FOUND', http: 404, description: 'No such call.', appliesTo: ['GET /calls/{id}'] }] }, null, 2),
};

/** Writes the tiny spec into a fresh temp folder; returns the folder (the project) and its files' absolute paths. */
export function writeTinySpec(): { dir: string; root: string; pathFile: string; schemaFile: string; reasons: string } {
  const dir = writeFiles(FILES);
  return {
    dir,
    root: join(dir, 'api/openapi.yaml'),
    pathFile: join(dir, 'api/paths/calls-id.yaml'),
    schemaFile: join(dir, 'api/schemas/call.yaml'),
    reasons: join(dir, 'api/reasons.json'),
  };
}

/** A multi-file spec the whole-file bundler takes (load/bundle-whole-files.ts): two path files whose refs mean the root's components. */
const LEAF_FILES: Record<string, string> = {
  'api/openapi.yaml': `openapi: 3.0.3
info:
  title: Leaves
  version: '1'
paths:
  /calls/{id}:
    $ref: './paths/calls-id.yaml'
  /calls/{id}/copy:
    $ref: './paths/calls-id-copy.yaml'
components:
  schemas:
    Call:
      type: object
      properties:
        id:
          type: string
`,
  'api/paths/calls-id.yaml': FILES['api/paths/calls-id.yaml'] as string,
  'api/paths/calls-id-copy.yaml': (FILES['api/paths/calls-id.yaml'] as string).replace('Get a call', 'Copy a call'),
};

/** Writes the leaf spec into a fresh temp folder; returns the folder (the project) and its files' absolute paths. */
export function writeLeafSpec(): { dir: string; root: string; pathFile: string } {
  const dir = writeFiles(LEAF_FILES);
  return { dir, root: join(dir, 'api/openapi.yaml'), pathFile: join(dir, 'api/paths/calls-id.yaml') };
}

function writeFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-incremental-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
