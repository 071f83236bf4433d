/** The time zone of the regions Duiding serves; days of stories are counted in it. */
export const RESEARCH_TIME_ZONE = 'Europe/Amsterdam';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: RESEARCH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let lastMinute = Number.NaN;
let lastDay = '';

/** 'YYYY-MM-DD' of a moment in Amsterdam: what we keep of an anonymous story's time. */
export function amsterdamDay(moment: Date): string {
  // Amsterdam's offset is whole hours, so its day changes only on a minute's start: the
  // day of the last minute asked for is kept (a time zone format costs ~15 µs, every story).
  const minute = Math.floor(moment.getTime() / 60_000);
  if (minute !== lastMinute) {
    // en-CA writes dates as YYYY-MM-DD; format() is several times cheaper than formatToParts().
    lastDay = dayFormat.format(moment);
    lastMinute = minute;
  }
  return lastDay;
}

const wallFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: RESEARCH_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

function offsetMs(moment: Date): number {
  const p = Object.fromEntries(
    wallFormat.formatToParts(moment).map((x) => [x.type, Number(x.value)]),
  );
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(moment.getTime() / 1000) * 1000;
}

/**
 * The UTC moment of a wall-clock time in Amsterdam, e.g. "31 January 2027 23:59".
 * Month is 1-based. Handles summer and winter time.
 */
export function amsterdamTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let moment = new Date(asUtc - offsetMs(new Date(asUtc)));
  // A second pass fixes the rare case where the offset differs across the shift.
  moment = new Date(asUtc - offsetMs(moment));
  return moment;
}

const dutchDate = new Intl.DateTimeFormat('nl-NL', {
  timeZone: RESEARCH_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "1 oktober 2026", for messages. */
export function formatDutchDate(moment: Date): string {
  return dutchDate.format(moment);
}
