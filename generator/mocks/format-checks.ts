/**
 * Checks for the string and number formats the mocks produce or accept.
 * At least as strict as ajv-formats' "full" mode for these formats, so a spec
 * example that passes here also passes a standard validator.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-]\d{2}:?\d{2})$/i;
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const URI = /^[a-z][a-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/i;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function validDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

function validTime(text: string): boolean {
  const match = TIME.exec(text);
  if (!match) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return hour <= 23 && minute <= 59 && second <= 59;
}

function validIpv6(text: string): boolean {
  if (!/^[0-9a-f:]+$/i.test(text) || (text.match(/::/g) ?? []).length > 1) return false;
  const groups = text.split(':');
  const compressed = text.includes('::');
  const filled = groups.filter((group) => group !== '');
  if (filled.some((group) => group.length > 4)) return false;
  return compressed ? filled.length < 8 : groups.length === 8 && filled.length === 8;
}

const STRING_FORMATS: Record<string, (text: string) => boolean> = {
  uuid: (text) => UUID.test(text),
  'date-time': (text) => {
    const split = /^(.{10})[t ](.+)$/i.exec(text);
    return split !== null && validDate(split[1] as string) && validTime(split[2] as string);
  },
  date: validDate,
  time: validTime,
  email: (text) => EMAIL.test(text),
  uri: (text) => URI.test(text),
  url: (text) => URI.test(text),
  hostname: (text) => HOSTNAME.test(text),
  ipv4: (text) => IPV4.test(text),
  ipv6: validIpv6,
  byte: (text) => BYTE.test(text),
};

const INTEGER_RANGES: Record<string, [number, number]> = {
  int32: [-2147483648, 2147483647],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  uint64: [0, Number.MAX_SAFE_INTEGER],
};

/** Whether `value` satisfies `format`; unknown formats accept everything. */
export function matchesFormat(format: string, value: unknown): boolean {
  if (typeof value === 'string') return STRING_FORMATS[format]?.(value) ?? true;
  if (typeof value === 'number') {
    const range = INTEGER_RANGES[format];
    if (range) return Number.isInteger(value) && value >= range[0] && value <= range[1];
    return format === 'float' || format === 'double' ? Number.isFinite(value) : true;
  }
  return true;
}
