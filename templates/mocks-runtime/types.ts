/** What a success response of one operation looks like. */
export type MockResponse =
  | { kind: 'json'; body: () => unknown }
  | { kind: 'text'; contentType: string; body: () => string }
  | { kind: 'binary'; contentType: string }
  | { kind: 'empty' };

/** Where a list operation keeps its items and tokens. */
export interface MockPage {
  itemsField: string;
  nextField: string;
  tokenParam: string;
  sizeParam?: string;
  /** Page size when the request names none. */
  defaultSize: number;
}

/** One operation of the API, as the mock handlers serve it. */
export interface MockOperation {
  method: 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';
  /** OpenAPI path template, e.g. `/calls/{id}/hangup`. */
  path: string;
  /** HTTP status of the success response. */
  status: number;
  response: MockResponse;
  page?: MockPage;
}

/** An error reason of the catalog: its HTTP status, canonical status and a message. */
export interface MockReason {
  http: number;
  status: string;
  message: string;
}
