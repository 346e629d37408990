import type { Random } from './prng.js';

/** 2026-01-01T00:00:00Z: sampled timestamps fall in the 90 days after it. */
const EPOCH_MS = Date.UTC(2026, 0, 1);
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];

function hex(random: Random, digits: number): string {
  let text = '';
  while (text.length < digits) text += random.uint32().toString(16).padStart(8, '0');
  return text.slice(0, digits);
}

/** A version-4 UUID from the stream. */
export function uuid(random: Random): string {
  const raw = hex(random, 32).split('');
  raw[12] = '4';
  raw[16] = '89ab'[random.int(0, 3)] as string;
  const text = raw.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

function instant(random: Random): Date {
  return new Date(EPOCH_MS + random.int(0, 90 * 24 * 3600) * 1000);
}

const BY_FORMAT: Record<string, (random: Random) => string> = {
  uuid,
  'date-time': (random) => instant(random).toISOString(),
  date: (random) => instant(random).toISOString().slice(0, 10),
  time: (random) => `${instant(random).toISOString().slice(11, 19)}Z`,
  email: (random) => `${random.pick(WORDS)}.${random.int(1, 999)}@example.com`,
  uri: (random) => `https://example.com/${random.pick(WORDS)}/${random.int(1, 9999)}`,
  url: (random) => `https://example.com/${random.pick(WORDS)}/${random.int(1, 9999)}`,
  hostname: (random) => `${random.pick(WORDS)}.example.com`,
  ipv4: (random) => `192.0.2.${random.int(1, 254)}`,
  ipv6: (random) => `2001:db8::${hex(random, 4)}`,
  byte: () => 'bW9jaw==',
  binary: () => 'mock binary data',
  password: (random) => `secret-${hex(random, 8)}`,
};

/** Property names that hold a telephone number: they get an E.164-looking value. */
const PHONE_NAME = /(^|_)(phone|phone_number|mobile|msisdn|tel|telephone|caller_id|number)$/i;

/** A string for a format, or for a property name when there is no format; undefined when neither says anything. */
export function formattedString(format: string | undefined, propertyName: string | undefined, random: Random): string | undefined {
  if (format !== undefined && BY_FORMAT[format]) return BY_FORMAT[format](random);
  if (propertyName !== undefined && PHONE_NAME.test(propertyName)) return `+1555${String(random.int(0, 9999999)).padStart(7, '0')}`;
  return undefined;
}

/** A readable filler string for a property: `name alpha 42`. */
export function plainString(propertyName: string | undefined, random: Random): string {
  const label = (propertyName ?? 'value').replace(/[_-]+/g, ' ').trim() || 'value';
  return `${label} ${random.pick(WORDS)} ${random.int(1, 999)}`;
}
